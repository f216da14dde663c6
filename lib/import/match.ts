import { daysBetween } from '../dates.ts'
import type { AgreementModel } from '../agreements/schema.ts'
import type { ParsedRow } from './parse-row.ts'

export interface KnownAgreement {
  id: number
  agencyId: number
  model: AgreementModel
  signedOn: string | null
  lastListedOn: string | null
  listed: boolean
}

/** An agreement listed within this many days of a row is the same MOA even if the signing date changed (a renewal). */
export const SAME_MOA_DAYS = 400

export type RowMatch =
  | { kind: 'existing'; agreementId: number; modelSwitch: boolean }
  | { kind: 'new' }

/**
 * Finds the agreement a row continues. Same agency and model match when the agreement was
 * listed recently enough to be the same MOA, or carries the same signing date; a row with
 * another model but the same signing date is the same agreement relabelled (ICE did this to
 * three Arizona agreements in 2011). After a long silence a different MOA is a new agreement.
 */
export function matchRows(rows: ParsedRow[], agencyIds: (number | undefined)[], known: KnownAgreement[], asOf: string): RowMatch[] {
  const byAgency = new Map<number, KnownAgreement[]>()
  for (const a of known) byAgency.set(a.agencyId, [...(byAgency.get(a.agencyId) ?? []), a])
  const claimed = new Set<number>()
  const continuous = (a: KnownAgreement, row: ParsedRow) =>
    !a.listed ||
    (a.lastListedOn !== null && Math.abs(daysBetween(a.lastListedOn, asOf)) <= SAME_MOA_DAYS) ||
    (row.signedOn !== null && row.signedOn === a.signedOn)
  const modelsInFile = new Map<number, Set<AgreementModel>>()
  rows.forEach((row, i) => {
    const id = agencyIds[i]
    if (id !== undefined) modelsInFile.set(id, (modelsInFile.get(id) ?? new Set()).add(row.model))
  })

  const results: RowMatch[] = rows.map(() => ({ kind: 'new' }))
  // Two passes, so that exact model matches are claimed before relabelled ones.
  rows.forEach((row, i) => {
    const agencyId = agencyIds[i]
    if (agencyId === undefined) return
    const hit = (byAgency.get(agencyId) ?? [])
      .filter((a) => a.model === row.model && continuous(a, row) && (!claimed.has(a.id) || row.flags.includes('duplicate_in_list')))
      .sort((a, b) => (b.lastListedOn ?? '').localeCompare(a.lastListedOn ?? ''))[0]
    if (hit) {
      claimed.add(hit.id)
      results[i] = { kind: 'existing', agreementId: hit.id, modelSwitch: false }
    }
  })
  rows.forEach((row, i) => {
    const agencyId = agencyIds[i]
    if (agencyId === undefined || results[i]!.kind === 'existing' || !row.signedOn) return
    const hit = (byAgency.get(agencyId) ?? []).find(
      (a) => !claimed.has(a.id) && a.model !== row.model && a.signedOn === row.signedOn && continuous(a, row) && !modelsInFile.get(agencyId)?.has(a.model),
    )
    if (hit) {
      claimed.add(hit.id)
      results[i] = { kind: 'existing', agreementId: hit.id, modelSwitch: true }
    }
  })
  return results
}
