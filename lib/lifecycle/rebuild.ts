import type { AgreementModel, TerminalKind } from '../agreements/schema.ts'
import { TERMINAL_KINDS } from '../agreements/schema.ts'
import { insertMany, sqlNow } from '../bulk.ts'
import type { Tx } from '../db.ts'
import { deriveEvents, type EntryRef } from './events.ts'
import { loadWindows } from './lists.ts'
import { derivePeriods } from './periods.ts'

const EVENT_COLUMNS = ['agreementId', 'derived', 'kind', 'onDate', 'fromDate', 'toDate', 'reason', 'details', 'sourceListId', 'rowNumber', 'createdAt'] as const
const PERIOD_COLUMNS = ['agreementId', 'status', 'model', 'state', 'startOn', 'endOn', 'basisListId'] as const

/**
 * Recomputes what follows from the lists: derived lifecycle events, status periods and
 * first/last listing dates. Recorded facts (terminations, corrections) are inputs, never touched.
 */
export async function rebuildLifecycle(tx: Tx): Promise<void> {
  const [windows, pendingWindows] = await Promise.all([loadWindows(tx, 'participating'), loadWindows(tx, 'pending')])
  const pendingIds = new Set(pendingWindows.map((w) => w.id))
  const labels = new Map([...windows, ...pendingWindows].map((w) => [w.id, w.label]))
  const [agreements, entries, terminals] = await Promise.all([
    tx.agreement.findMany({ select: { id: true, model: true, signedOn: true, expiresOn: true, agency: { select: { state: true } } } }),
    tx.listEntry.findMany({
      where: { agreementId: { not: null } },
      select: { agreementId: true, sourceListId: true, rowNumber: true, model: true, signedOn: true, flags: true },
    }),
    tx.agreementEvent.findMany({ where: { derived: false, kind: { in: [...TERMINAL_KINDS] } }, select: { agreementId: true, kind: true, onDate: true, toDate: true } }),
  ])
  const byAgreement = new Map<number, { present: Map<number, EntryRef>; pending: Map<number, AgreementModel> }>()
  for (const e of entries) {
    const slot = byAgreement.get(e.agreementId!) ?? { present: new Map(), pending: new Map() }
    byAgreement.set(e.agreementId!, slot)
    const model = e.model as AgreementModel
    if (pendingIds.has(e.sourceListId)) slot.pending.set(e.sourceListId, model)
    else slot.present.set(e.sourceListId, { listId: e.sourceListId, rowNumber: e.rowNumber, model, signedOn: e.signedOn, plausible: !e.flags.includes('implausible_date') })
  }
  const terminalsBy = new Map<number, { kind: TerminalKind; date: string }[]>()
  for (const t of terminals) {
    const date = t.onDate ?? t.toDate
    if (!date) continue
    terminalsBy.set(t.agreementId, [...(terminalsBy.get(t.agreementId) ?? []), { kind: t.kind as TerminalKind, date }])
  }

  const createdAt = sqlNow()
  const events = []
  const periods = []
  for (const a of agreements) {
    const slot = byAgreement.get(a.id) ?? { present: new Map<number, EntryRef>(), pending: new Map<number, AgreementModel>() }
    const model = a.model as AgreementModel
    const recorded = terminalsBy.get(a.id) ?? []
    const terms = a.expiresOn && !recorded.some((t) => t.date === a.expiresOn) ? [...recorded, { kind: 'expired' as const, date: a.expiresOn }] : recorded
    const unlisted = slot.present.size === 0 && slot.pending.size === 0
    const derived = derivePeriods({
      windows, pendingWindows, terminals: terms, model,
      present: new Map([...slot.present].map(([id, e]) => [id, e.model])),
      pendingPresent: slot.pending,
      manualStart: unlisted && a.signedOn ? { date: a.signedOn, model } : undefined,
    })
    for (const p of derived) periods.push({ agreementId: a.id, state: a.agency.state, ...p, basisListId: null })
    for (const e of deriveEvents(windows, slot.present, (id) => labels.get(id) ?? `list ${id}`)) events.push({ agreementId: a.id, derived: true, createdAt, ...e })
  }

  await tx.agreementEvent.deleteMany({ where: { derived: true } })
  await tx.statusPeriod.deleteMany({})
  await insertMany(tx, 'AgreementEvent', EVENT_COLUMNS, events)
  await insertMany(tx, 'StatusPeriod', PERIOD_COLUMNS, periods)
  await tx.$executeRawUnsafe(`
    UPDATE "Agreement" SET
      "firstListedOn" = (SELECT min(l."asOf") FROM "ListEntry" e JOIN "SourceList" l ON l.id = e."sourceListId" WHERE e."agreementId" = "Agreement".id AND l.kind <> 'pending'),
      "lastListedOn"  = (SELECT max(l."asOf") FROM "ListEntry" e JOIN "SourceList" l ON l.id = e."sourceListId" WHERE e."agreementId" = "Agreement".id AND l.kind <> 'pending')`)
}
