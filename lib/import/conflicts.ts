import type { Tx } from '../db.ts'
import { resolveCounty, type CountyRef, type CountyResolution } from './county-resolve.ts'
import { agencyValues, agreementValues, plausibleSigning, type HeldAgreement } from './keep.ts'
import { readLocks } from './locks.ts'
import type { ParsedList } from './parse-list.ts'
import type { ImportPlan } from './plan.ts'

export interface CorrectionConflict {
  recordType: 'Agreement' | 'Agency'
  recordId: number
  agency: string
  state: string
  field: string
  /** The editor's value, which the import keeps. */
  held: string | null
  /** What the new list says. */
  listed: string | null
  rowNumber: number
  corrected: { on: string; by: string; reason: string } | null
}

/** A signing date the list prints unreadable or implausible where a good one is held: the held one is kept. */
export interface KeptValue { agreementId: number; agency: string; state: string; rowNumber: number; held: string; listedRaw: string | null; flags: string[] }

type UnresolvedReason = Extract<CountyResolution, { fips: null }>['reason']
export interface CountyReport {
  resolved: number
  /** Of the resolved rows, those read through a typo or the agency's name; `readAs` shows the first of them. */
  readThrough: number
  /** Read through one typo ("Pulaksi County") or from the agency's name when the cell gave none. */
  readAs: { rowNumber: number; agency: string; state: string; countyRaw: string | null; note: string }[]
  unresolved: Record<UnresolvedReason, number>
  examples: { rowNumber: number; agency: string; state: string; countyRaw: string | null; reason: UnresolvedReason; note: string }[]
}

export interface ImportConflicts { corrections: CorrectionConflict[]; kept: KeptValue[]; counties: CountyReport }

export interface ImportReview {
  conflicts: ImportConflicts
  /** Per row of the list, its county FIPS or why there is none. */
  counties: CountyResolution[]
  /** Held values of the matched agreements an import may not simply overwrite: locked ones, and those the list gives no plausible signing date. */
  agreements: Map<number, HeldAgreement>
}

const EXAMPLES = 25

// The Census county list never changes once loaded; one copy per process also keeps resolveCounty's index warm.
let census: CountyRef[] | null = null
async function countyRefs(tx: Tx): Promise<CountyRef[]> {
  if (census) return census
  const rows = await tx.county.findMany({ select: { fips: true, state: true, name: true } })
  if (rows.length) census = rows
  return rows
}

export const NO_CONFLICTS: ImportConflicts = {
  corrections: [], kept: [], counties: { resolved: 0, readThrough: 0, readAs: [], unresolved: { not_given: 0, state_agency: 0, unknown_name: 0, ambiguous: 0, unknown_state: 0 }, examples: [] },
}

/** Before writing: each row's county, the corrections the list disagrees with, and the good values its bad ones leave alone. */
export async function reviewImport(tx: Tx, list: ParsedList, plan: ImportPlan): Promise<ImportReview> {
  const badDate = plan.matches.flatMap((m, i) => (m.kind === 'existing' && plausibleSigning(list.rows[i]!, list.asOf) === null ? [m.agreementId] : []))
  // Locks are few: a scan finds them faster than a lookup of every matched id (this runs for every list the seed loads).
  const [counties, agreementRows, agencyRows] = await Promise.all([
    countyRefs(tx),
    tx.agreement.findMany({ where: { OR: [{ lockedFields: { not: '[]' } }, { id: { in: [...new Set(badDate)] } }] }, select: { id: true, signedOn: true, signedRaw: true, moaUrl: true, moaFile: true, lockedFields: true } }),
    tx.agency.findMany({ where: { lockedFields: { not: '[]' } }, select: { id: true, name: true, type: true, typeRaw: true, countyName: true, countyFips: true, lockedFields: true } }),
  ])
  const agreements = new Map(agreementRows.map(({ lockedFields, ...a }) => [a.id, { ...a, locked: readLocks(lockedFields) }]))
  const agencies = new Map(agencyRows.map(({ lockedFields, ...a }) => [a.id, { ...a, locked: readLocks(lockedFields) }]))
  const resolutions = list.rows.map((r) => resolveCounty(r.state, r.countyRaw, r.agencyName, r.type, counties))

  const c: ImportConflicts = structuredClone(NO_CONFLICTS)
  const corrections: Omit<CorrectionConflict, 'corrected'>[] = []
  list.rows.forEach((row, i) => {
    const res = resolutions[i]!
    const at = { rowNumber: row.rowNumber, agency: row.agencyName, state: row.state }
    const where = { ...at, countyRaw: row.countyRaw }
    if (res.fips !== null) {
      c.counties.resolved += 1
      if (res.matchedBy !== 'name') {
        c.counties.readThrough += 1
        if (c.counties.readAs.length < EXAMPLES) c.counties.readAs.push({ ...where, note: res.note ?? '' })
      }
    } else {
      c.counties.unresolved[res.reason] += 1
      if (c.counties.examples.length < EXAMPLES) c.counties.examples.push({ ...where, reason: res.reason, note: res.note })
    }
    const m = plan.matches[i]!
    const agency = plan.agencyIds[i] === undefined ? undefined : agencies.get(plan.agencyIds[i]!)
    if (agency) for (const d of agencyValues(agency, row, res).lockedOut) corrections.push({ recordType: 'Agency', recordId: agency.id, ...at, ...d })
    if (m.kind !== 'existing' || list.kind === 'pending') return
    const held = agreements.get(m.agreementId)
    if (!held) return
    const next = agreementValues(held, row, list.asOf)
    for (const d of next.lockedOut) corrections.push({ recordType: 'Agreement', recordId: held.id, ...at, ...d })
    if (next.keptSigned) c.kept.push({ agreementId: held.id, agency: row.agencyName, state: row.state, rowNumber: row.rowNumber, held: held.signedOn!, listedRaw: row.signedRaw, flags: row.flags })
  })
  // An agency printed on several rows disagrees once.
  const unique = [...new Map(corrections.map((x) => [`${x.recordType}|${x.recordId}|${x.field}`, x])).values()]
  c.corrections = await withCorrectionDates(tx, unique)
  return { conflicts: c, counties: resolutions, agreements }
}

/** The latest audited edit of each conflicting field: when, by whom and why the editor set it. */
async function withCorrectionDates(tx: Tx, found: Omit<CorrectionConflict, 'corrected'>[]): Promise<CorrectionConflict[]> {
  if (found.length === 0) return []
  const edits = await tx.auditLog.findMany({
    where: { OR: (['Agreement', 'Agency'] as const).map((t) => ({ recordType: t, recordId: { in: found.filter((f) => f.recordType === t).map((f) => String(f.recordId)) } })), action: { in: ['update', 'revert'] } },
    select: { recordType: true, recordId: true, actor: true, reason: true, diff: true, at: true },
    orderBy: { id: 'desc' },
  })
  return found.map((f) => {
    const e = edits.find((x) => x.recordType === f.recordType && x.recordId === String(f.recordId) && f.field in (JSON.parse(x.diff) as object))
    return { ...f, corrected: e ? { on: e.at.toISOString().slice(0, 10), by: e.actor, reason: e.reason } : null }
  })
}
