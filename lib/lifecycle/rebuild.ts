import type { AgreementModel, TerminalKind } from '../agreements/schema.ts'
import { TERMINAL_KINDS } from '../agreements/schema.ts'
import { insertMany, sqlNow, updateMany } from '../bulk.ts'
import type { Tx } from '../db.ts'
import { coverageWindows, type CaptureRef } from './coverage.ts'
import { deriveEvents } from './events.ts'
import { loadCaptures } from './lists.ts'
import { derivePeriods, type SeriesView } from './periods.ts'
import { intervalRows, mergeBriefAbsences, presenceRuns, splitAtGaps, type EntryRef, type Members, type Run } from './presence.ts'

const EVENT_COLUMNS = ['agreementId', 'derived', 'kind', 'onDate', 'fromDate', 'toDate', 'reason', 'details', 'sourceListId', 'rowNumber', 'createdAt'] as const
const PERIOD_COLUMNS = ['agreementId', 'status', 'model', 'state', 'startOn', 'endOn', 'basisListId'] as const
const INTERVAL_COLUMNS = ['agreementId', 'series', 'model', 'state', 'startOn', 'endOn', 'firstListId', 'firstRow', 'lastListId', 'lastRow', 'prevListId', 'nextListId', 'captures'] as const

/**
 * Rows of every version, once per agreement per version (its first row), keyed by version. One JSON array per version
 * comes back from SQLite: 200,000 rows through the driver one by one cost seconds, as 468 strings they cost milliseconds.
 */
async function loadMembers(tx: Tx, ids: number[] | null): Promise<Members> {
  const only = ids ? `AND "agreementId" IN (SELECT value FROM json_each(?))` : ''
  const rows = await tx.$queryRawUnsafe<{ versionId: number | bigint; rows: string }[]>(
    `SELECT "versionId", json_group_array(json_array("agreementId", "rowNumber", "model", "signedOn", instr("flags", 'implausible_date') = 0)) AS rows
     FROM (SELECT * FROM "ListEntry" WHERE "agreementId" IS NOT NULL AND "versionId" IS NOT NULL ${only} ORDER BY "versionId", "rowNumber")
     GROUP BY "versionId"`,
    ...(ids ? [JSON.stringify(ids)] : []),
  )
  const members: Members = new Map()
  for (const r of rows) {
    const m = new Map<number, EntryRef>()
    for (const [a, rowNumber, model, signedOn, plausible] of JSON.parse(r.rows) as [number, number, AgreementModel, string | null, number][])
      if (!m.has(a)) m.set(a, { rowNumber, model, signedOn, plausible: plausible === 1 })
    members.set(Number(r.versionId), m)
  }
  return members
}

function gapSplit(runs: Map<number, Run[]>, v: SeriesView): Map<number, Run[]> {
  return new Map([...runs].map(([id, r]) => [id, splitAtGaps(r, v.captures, v.windows)]))
}

function view(captures: CaptureRef[], members: Members): SeriesView {
  return { captures, windows: coverageWindows(captures), members }
}

/**
 * Recomputes what follows from the captures: presence intervals, derived lifecycle events, status periods and
 * first/last listing dates. Recorded facts (terminations, corrections) are inputs, never touched. With `agreementIds`,
 * only those agreements (each agreement's lifecycle depends on its own rows and the captures alone).
 */
export async function rebuildLifecycle(tx: Tx, scope?: { agreementIds: number[] }): Promise<void> {
  const ids = scope ? [...new Set(scope.agreementIds)] : null
  if (ids && ids.length === 0) return
  // Ids go to SQLite as one JSON array: a Prisma `in` list past 999 values breaks the driver's parameter limit.
  const only = (column: string) => (ids ? `AND ${column} IN (SELECT value FROM json_each(?))` : '')
  const idArgs = ids ? [JSON.stringify(ids)] : []
  const [listedCaptures, pendingCaptures, members, agreementRows, terminalRows] = await Promise.all([
    loadCaptures(tx, 'participating'),
    loadCaptures(tx, 'pending'),
    loadMembers(tx, ids),
    tx.$queryRawUnsafe<{ id: number; model: string; signedOn: string | null; expiresOn: string | null; state: string }[]>(
      `SELECT a.id, a.model, a."signedOn", a."expiresOn", g.state FROM "Agreement" a JOIN "Agency" g ON g.id = a."agencyId" WHERE 1 = 1 ${only('a.id')}`, ...idArgs),
    tx.$queryRawUnsafe<{ agreementId: number; kind: string; onDate: string | null; toDate: string | null }[]>(
      `SELECT "agreementId", kind, "onDate", "toDate" FROM "AgreementEvent" WHERE derived = 0 AND kind IN (SELECT value FROM json_each(?)) ${only('"agreementId"')}`,
      JSON.stringify(TERMINAL_KINDS), ...idArgs),
  ])
  const listed = view(listedCaptures, members)
  const pending = view(pendingCaptures, members)
  const listedRuns = gapSplit(presenceRuns(listedCaptures, members), listed)
  const pendingRuns = gapSplit(presenceRuns(pendingCaptures, members), pending)
  const agreements = agreementRows.map((a) => ({ ...a, id: Number(a.id) }))
  const terminals = terminalRows.map((t) => ({ ...t, agreementId: Number(t.agreementId) }))
  const stateOf = new Map(agreements.map((a) => [a.id, a.state]))
  const terminalsBy = new Map<number, { kind: TerminalKind; date: string }[]>()
  for (const t of terminals) {
    const date = t.onDate ?? t.toDate
    if (date) terminalsBy.set(t.agreementId, [...(terminalsBy.get(t.agreementId) ?? []), { kind: t.kind as TerminalKind, date }])
  }

  const createdAt = sqlNow()
  const events = []
  const periods = []
  const listedOn = []
  for (const a of agreements) {
    const own = listedRuns.get(a.id) ?? []
    const { merged, absentFrom } = mergeBriefAbsences(own)
    const recorded = terminalsBy.get(a.id) ?? []
    const terms = a.expiresOn && !recorded.some((t) => t.date === a.expiresOn) ? [...recorded, { kind: 'expired' as const, date: a.expiresOn }] : recorded
    const derived = derivePeriods({
      agreementId: a.id, model: a.model as AgreementModel, listed, pending,
      listedRuns: merged, pendingRuns: mergeBriefAbsences(pendingRuns.get(a.id) ?? []).merged, terminals: terms,
      manualStart: own.length === 0 && !pendingRuns.has(a.id) && a.signedOn ? a.signedOn : undefined,
    })
    for (const p of derived) periods.push({ agreementId: a.id, state: a.state, ...p, basisListId: null })
    for (const e of deriveEvents(listedCaptures, members, a.id, merged, absentFrom)) events.push({ agreementId: a.id, derived: true, createdAt, ...e })
    listedOn.push({ id: a.id, firstListedOn: own[0] ? listedCaptures[own[0].first]!.asOf : null, lastListedOn: own.at(-1) ? listedCaptures[own.at(-1)!.last]!.asOf : null })
  }
  const intervals = [
    ...intervalRows('listed', listedCaptures, members, listedRuns, (id) => stateOf.get(id) ?? ''),
    ...intervalRows('pending', pendingCaptures, members, pendingRuns, (id) => stateOf.get(id) ?? ''),
  ]

  await tx.$executeRawUnsafe(`DELETE FROM "AgreementEvent" WHERE derived = 1 ${only('"agreementId"')}`, ...idArgs)
  await tx.$executeRawUnsafe(`DELETE FROM "StatusPeriod" WHERE 1 = 1 ${only('"agreementId"')}`, ...idArgs)
  await tx.$executeRawUnsafe(`DELETE FROM "PresenceInterval" WHERE 1 = 1 ${only('"agreementId"')}`, ...idArgs)
  await insertMany(tx, 'AgreementEvent', EVENT_COLUMNS, events)
  await insertMany(tx, 'StatusPeriod', PERIOD_COLUMNS, periods)
  await insertMany(tx, 'PresenceInterval', INTERVAL_COLUMNS, intervals)
  await updateMany(tx, 'Agreement', ['firstListedOn', 'lastListedOn'], listedOn, `"firstListedOn" = v."firstListedOn", "lastListedOn" = v."lastListedOn"`)
}
