import type { AgreementModel } from '../agreements/schema.ts'
import type { Tx } from '../db.ts'
import { listLabel, seriesKinds } from '../lifecycle/lists.ts'
import { matchRows, type RowMatch } from './match.ts'
import { findRenames, withRenames, type AutoMerge, type MergeReview } from './renames.ts'
import { dayOrderOf } from './content.ts'
import { nameKey } from './normalise.ts'
import type { ParsedList } from './parse-list.ts'
import type { ParsedRow } from './parse-row.ts'

export interface Example {
  rowNumber: number | null
  agency: string
  state: string
  model: AgreementModel
  agreementId: number | null
  note?: string
}

export interface ImportPreview {
  kind: ParsedList['kind']
  asOf: string
  fileName: string
  sha256: string
  rows: number
  byModel: Record<AgreementModel, number>
  duplicateOf: { id: number; asOf: string; fileName: string } | null
  previous: { id: number; asOf: string; label: string } | null
  counts: { added: number; relisted: number; removed: number; unchanged: number; flagged: number; modelSwitches: number; renamed: number; suspectedRenames: number; dateChanges: number; newAgencies: number }
  examples: { added: Example[]; relisted: Example[]; removed: Example[]; modelSwitches: Example[]; renamed: Example[]; suspectedRenames: Example[]; dateChanges: Example[]; flagged: Example[] }
}

export interface ImportPlan {
  preview: ImportPreview
  matches: RowMatch[]
  agencyIds: (number | undefined)[]
  /** Similar names this capture could not decide alone: MergeCandidate rows once applied. */
  reviews: MergeReview[]
  /** New spellings held as records of their own, merged into the agency they continue once the rows are written. */
  merges: AutoMerge[]
}

const EXAMPLES = 10

export async function planImport(tx: Tx, list: ParsedList): Promise<ImportPlan> {
  const states = [...new Set(list.rows.map((r) => r.state))]
  const [dup, agencies, previous] = await Promise.all([
    tx.sourceList.findUnique({ where: { kind_asOf_sha256: { kind: list.kind, asOf: list.asOf, sha256: list.sha256 } }, select: { id: true, asOf: true, fileName: true } }),
    tx.agency.findMany({ where: { state: { in: states } }, select: { id: true, state: true, nameKey: true, names: { select: { name: true } } } }),
    tx.sourceList.findFirst({
      where: { kind: { in: seriesKinds(list.kind) }, OR: [{ asOf: { lt: list.asOf } }, { asOf: list.asOf, dayOrder: { lt: dayOrderOf(list.fileName) } }] },
      orderBy: [{ asOf: 'desc' }, { dayOrder: 'desc' }, { id: 'desc' }],
      select: { id: true, asOf: true, kind: true, versionId: true },
    }),
  ])
  const agencyByKey = new Map<string, number>()
  for (const a of agencies) {
    agencyByKey.set(`${a.state}|${a.nameKey}`, a.id)
    for (const n of a.names) agencyByKey.set(`${a.state}|${nameKey(n.name)}`, a.id)
  }
  const firstIds = list.rows.map((r) => agencyByKey.get(`${r.state}|${r.nameKey}`))
  const agreementsOf = (ids: (number | undefined)[]) =>
    tx.agreement.findMany({
      where: { agencyId: { in: [...new Set(ids.filter((x): x is number => x !== undefined))] } },
      // lastListedOn is set only from a list's rows: it says the agreement was listed before (counting its entries read ~1M index rows).
      select: { id: true, agencyId: true, model: true, signedOn: true, lastListedOn: true },
    })
  const match = (ids: (number | undefined)[], rows: typeof known) =>
    matchRows(list.rows, ids, rows.map((k) => ({ ...k, model: k.model as AgreementModel, listed: k.lastListedOn !== null })), list.asOf)
  const [firstKnown, prevEntries] = await Promise.all([
    agreementsOf(firstIds),
    previous
      ? tx.listEntry.findMany({ where: { versionId: previous.versionId ?? -1, agreementId: { not: null } }, select: { agreementId: true, agencyId: true, rowNumber: true, model: true, agencyRaw: true, stateRaw: true, signedOn: true, agency: { select: { state: true, name: true } } } })
      : [],
  ])
  let known = firstKnown
  const firstMatches = match(firstIds, known)
  const { renames, merges, reviews } = findRenames(list.rows, firstIds, firstMatches, prevEntries.map((e) => ({ ...e, agreementId: e.agreementId!, state: e.agency.state })), list.asOf)
  const agencyIds = withRenames(list.rows, firstIds, renames)
  if (renames.length) known = [...known, ...(await agreementsOf(renames.map((r) => r.agencyId)))]
  const matches = renames.length ? match(agencyIds, known) : firstMatches
  const inPrevious = new Set(prevEntries.map((e) => e.agreementId!))
  const knownById = new Map(known.map((k) => [k.id, k]))

  const ex = (row: ParsedRow, agreementId: number | null, note?: string): Example => ({ rowNumber: row.rowNumber, agency: row.agencyName, state: row.state, model: row.model, agreementId, note })
  const p: ImportPreview = {
    kind: list.kind, asOf: list.asOf, fileName: list.fileName, sha256: list.sha256, rows: list.rows.length,
    byModel: { task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 },
    duplicateOf: dup,
    previous: previous ? { id: previous.id, asOf: previous.asOf, label: listLabel(previous.kind, previous.asOf) } : null,
    counts: { added: 0, relisted: 0, removed: 0, unchanged: 0, flagged: 0, modelSwitches: 0, renamed: renames.length + merges.length, suspectedRenames: 0, dateChanges: 0, newAgencies: new Set(list.rows.filter((_, i) => agencyIds[i] === undefined).map((r) => `${r.state}|${r.nameKey}`)).size },
    examples: {
      added: [], relisted: [], removed: [], modelSwitches: [], dateChanges: [], flagged: [], suspectedRenames: [],
      renamed: [
        ...renames.map((r) => ex(list.rows.find((x) => x.rowNumber === r.rowNumber)!, r.agreementId, `was “${r.from}” (row ${r.previousRow} of the previous list)`)),
        ...merges.map((m) => ex(list.rows.find((x) => x.rowNumber === m.rowNumber)!, m.agreementId, `${m.reason}: the two records are merged`)),
      ].slice(0, EXAMPLES),
    },
  }
  const push = (key: keyof ImportPreview['examples'], e: Example) => {
    if (p.examples[key].length < EXAMPLES) p.examples[key].push(e)
  }
  const claimed = new Set<number>(merges.map((m) => m.agreementId))
  const continuing = new Set(merges.map((m) => m.rowNumber))
  const addedRows: ParsedRow[] = []
  list.rows.forEach((row, i) => {
    p.byModel[row.model] += 1
    if (row.flags.length) { p.counts.flagged += 1; push('flagged', ex(row, null, row.flags.join(', '))) }
    const m = matches[i]!
    if (continuing.has(row.rowNumber)) return
    if (m.kind === 'new') { p.counts.added += 1; addedRows.push(row); push('added', ex(row, null)); return }
    claimed.add(m.agreementId)
    const k = knownById.get(m.agreementId)!
    if (m.modelSwitch) { p.counts.modelSwitches += 1; push('modelSwitches', ex(row, m.agreementId, `was ${k.model}`)) }
    if (k.signedOn && row.signedOn && k.signedOn !== row.signedOn) { p.counts.dateChanges += 1; push('dateChanges', ex(row, m.agreementId, `signed ${k.signedOn} → ${row.signedOn}`)) }
    if (inPrevious.has(m.agreementId)) p.counts.unchanged += 1
    else if (k.lastListedOn) { p.counts.relisted += 1; push('relisted', ex(row, m.agreementId)) }
    else { p.counts.added += 1; push('added', ex(row, m.agreementId)) }
  })
  for (const e of prevEntries) {
    if (claimed.has(e.agreementId!)) continue
    p.counts.removed += 1
    const removed: Example = { rowNumber: e.rowNumber, agency: e.agency.name, state: e.agency.state, model: e.model as AgreementModel, agreementId: e.agreementId, note: `row ${e.rowNumber} of the previous list` }
    push('removed', removed)
    const twin = addedRows.find((r) => r.state === e.agency.state && r.model === e.model && r.signedOn !== null && r.signedOn === e.signedOn)
    if (twin) { p.counts.suspectedRenames += 1; push('suspectedRenames', { ...removed, note: `now "${twin.agencyName}" (row ${twin.rowNumber})?` }) }
  }
  return { preview: p, matches, agencyIds, reviews, merges }
}
