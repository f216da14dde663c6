import type { AgreementModel } from '../agreements/schema.ts'
import type { RowMatch } from './match.ts'
import type { ParsedRow } from './parse-row.ts'
import { nameSimilarity } from './similar-names.ts'

/** A row of the previous capture of the series. */
export interface PreviousEntry {
  agreementId: number
  agencyId: number
  rowNumber: number
  model: string
  signedOn: string | null
  agencyRaw: string
  state: string
}

/** A new spelling taken as the agency it replaces: its rows get that agency, so its agreements continue. */
export interface Rename {
  agencyId: number
  agreementId: number
  from: string
  to: string
  rowNumber: number
  previousRow: number
}

/** A new spelling already held as its own record (ICE flipped back, or listed it as pending): the importer merges the two. */
export interface AutoMerge {
  fromAgencyId: number
  intoAgencyId: number
  /** The agreement that left the list, and the row of this capture that continues it. */
  agreementId: number
  rowNumber: number
  reason: string
}

/** Two records that may be one agency; an editor decides in /admin/merges. `fromAgencyId` is unset for a spelling not yet held. */
export interface MergeReview {
  state: string
  intoAgencyId: number
  fromAgencyId: number | undefined
  fromNameKey: string
  reason: string
}

interface Twin {
  index: number
  same: boolean
}

/**
 * ICE's spelling fixes ("Alachua Police Departent" → "Department"): an agreement missing from this capture, and a row
 * that this capture adds with the same state, model and signing date under a similar name. When the name is the same
 * (similar-names.ts), the old agency is absent from the capture and the pairing is one to one, it is the same agency: a
 * new spelling's rows are the old agency's (a rename), a spelling held as another record is merged into it. Every other
 * pairing of similar names is left for an editor.
 */
export function findRenames(
  rows: ParsedRow[], agencyIds: (number | undefined)[], matches: RowMatch[], previous: PreviousEntry[], asOf: string,
): { renames: Rename[]; merges: AutoMerge[]; reviews: MergeReview[] } {
  const inPrevious = new Set(previous.map((e) => e.agreementId))
  const matched = new Set(matches.flatMap((m) => (m.kind === 'existing' ? [m.agreementId] : [])))
  const present = new Set(agencyIds.filter((id): id is number => id !== undefined))
  const removed = [...new Map(previous.filter((e) => !matched.has(e.agreementId)).map((e) => [e.agreementId, e])).values()]
  const added = rows.flatMap((row, index) => {
    const m = matches[index]!
    return (m.kind === 'new' || !inPrevious.has(m.agreementId)) && row.signedOn ? [index] : []
  })

  const twinsOf = new Map<number, Twin[]>()
  const claimsOf = new Map<number, PreviousEntry[]>()
  for (const e of removed) {
    if (!e.signedOn) continue
    const twins: Twin[] = []
    for (const index of added) {
      const row = rows[index]!
      if (row.state !== e.state || row.model !== (e.model as AgreementModel) || row.signedOn !== e.signedOn || agencyIds[index] === e.agencyId) continue
      const similarity = nameSimilarity(e.state, e.agencyRaw, row.agencyName)
      if (similarity === 'different') continue
      twins.push({ index, same: similarity === 'same' })
      if (similarity === 'same') claimsOf.set(index, [...(claimsOf.get(index) ?? []), e])
    }
    if (twins.length) twinsOf.set(e.agreementId, twins)
  }

  const renames: Rename[] = []
  const merges: AutoMerge[] = []
  const reviews: MergeReview[] = []
  // A new spelling taken by one old agency only: "Dimmit Couny" renamed three agreements at once, all of one agency.
  const keyOf = (index: number) => agencyIds[index] ?? `${rows[index]!.state}|${rows[index]!.nameKey}`
  const keyOwner = new Map<number | string, Set<number>>()
  for (const e of removed) for (const t of twinsOf.get(e.agreementId) ?? []) if (t.same) keyOwner.set(keyOf(t.index), (keyOwner.get(keyOf(t.index)) ?? new Set()).add(e.agencyId))
  for (const e of removed) {
    const twins = twinsOf.get(e.agreementId)
    if (!twins) continue
    const same = twins.filter((t) => t.same)
    const only = same.length === 1 && twins.length === 1 ? same[0]! : null
    const row = only ? rows[only.index]! : null
    const confident = only !== null && row !== null && !present.has(e.agencyId) && claimsOf.get(only.index)!.length === 1 && keyOwner.get(keyOf(only.index))!.size === 1
    if (confident) {
      const rename = { agencyId: e.agencyId, agreementId: e.agreementId, from: e.agencyRaw.trim(), to: row.agencyName, rowNumber: row.rowNumber, previousRow: e.rowNumber }
      const held = agencyIds[only.index]
      if (held === undefined) renames.push(rename)
      // The older record survives, so that its id and every link to it stay valid.
      else merges.push({
        fromAgencyId: Math.max(held, e.agencyId), intoAgencyId: Math.min(held, e.agencyId), agreementId: e.agreementId, rowNumber: row.rowNumber,
        reason: `ICE respelt “${rename.from}” (row ${e.rowNumber} of the previous list) as “${rename.to}” (row ${row.rowNumber} of the list of ${asOf}), held as another record`,
      })
      continue
    }
    for (const t of twins) {
      const r = rows[t.index]!
      reviews.push({
        state: e.state, intoAgencyId: e.agencyId, fromAgencyId: agencyIds[t.index], fromNameKey: r.nameKey,
        reason: `“${e.agencyRaw.trim()}” (row ${e.rowNumber} of the previous list) left and “${r.agencyName}” (row ${r.rowNumber}) appeared in the list of ${asOf}, both ${e.model}, signed ${e.signedOn}`,
      })
    }
  }
  return { renames, merges, reviews }
}

/** The agency ids with every confident rename applied: all rows of a new spelling get the old agency. */
export function withRenames(rows: ParsedRow[], agencyIds: (number | undefined)[], renames: Rename[]): (number | undefined)[] {
  const byKey = new Map<string, number>()
  for (const r of renames) {
    const row = rows.find((x) => x.rowNumber === r.rowNumber)!
    byKey.set(`${row.state}|${row.nameKey}`, r.agencyId)
  }
  return rows.map((row, i) => agencyIds[i] ?? byKey.get(`${row.state}|${row.nameKey}`))
}
