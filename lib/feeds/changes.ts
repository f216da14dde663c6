import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { MODEL_LABELS, type AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { loadWindows, listLabel } from '../lifecycle/lists.ts'
import { stateName } from '../states.ts'

export const CHANGE_KINDS = ['added', 'removed', 'relisted', 'model_switch', 'expired', 'not_renewed', 'terminated'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  added: 'First listed',
  removed: "Removed from ICE's list",
  relisted: "Back on ICE's list",
  model_switch: 'Model switch',
  expired: 'Expired',
  not_renewed: 'Not renewed',
  terminated: 'Terminated',
}
const TERMINAL = ['expired', 'not_renewed', 'terminated']

export interface ChangeFilter {
  states?: string[]
  agencyId?: number | null
  since?: string
  limit?: number
}

export interface Change {
  key: string
  kind: ChangeKind
  /** The day the change is known from: an exact date, or the list on which it first shows. */
  date: string
  fromDate: string | null
  agreementId: number
  model: AgreementModel
  agency: { id: number; name: string; state: string }
  summary: string
  source: { listId: number; label: string; fileName: string; row: number | null } | null
  citation: { title: string | null; url: string | null } | null
}

/** Changes to agreements, newest first: first listings, removals, relistings, model switches and recorded endings. */
export async function listChanges(filter: ChangeFilter = {}): Promise<Change[]> {
  const agreementWhere: Prisma.AgreementWhereInput = {
    ...(filter.states?.length && { agency: { state: { in: filter.states } } }),
    ...(filter.agencyId && { agencyId: filter.agencyId }),
  }
  const since = filter.since ?? '0000-01-01'
  const [windows, lists, firsts, entries, events] = await Promise.all([
    loadWindows(db),
    db.sourceList.findMany({ where: { kind: { in: ['participating', 'roster'] } }, select: { id: true, kind: true, asOf: true, fileName: true } }),
    db.agreement.findMany({ where: { ...agreementWhere, firstListedOn: { gte: since } }, select: { id: true, firstListedOn: true, signedOn: true, agencyId: true } }),
    // Flat reads joined in memory: nested relation reads over every agreement exceed SQLite's bound-parameter limit.
    db.listEntry.findMany({
      where: { agreementId: { not: null }, agreement: { ...agreementWhere, firstListedOn: { gte: since } }, sourceList: { kind: { in: ['participating', 'roster'] } } },
      select: { agreementId: true, rowNumber: true, model: true, sourceListId: true },
    }),
    db.agreementEvent.findMany({
      where: { kind: { in: ['removed', 'relisted', 'model_switch', ...TERMINAL] }, agreement: agreementWhere, OR: [{ onDate: { gte: since } }, { toDate: { gte: since } }] },
      select: {
        id: true, kind: true, onDate: true, fromDate: true, toDate: true, reason: true, details: true, rowNumber: true, agreementId: true,
        sourceList: { select: { id: true, kind: true, asOf: true, fileName: true } },
        citation: { select: { title: true, url: true } },
      },
    }),
  ])
  const [agencies, eventAgreements] = await Promise.all([
    db.agency.findMany({ where: filter.agencyId ? { id: filter.agencyId } : filter.states?.length ? { state: { in: filter.states } } : {}, select: { id: true, name: true, state: true } }),
    db.agreement.findMany({ where: { id: { in: [...new Set(events.map((e) => e.agreementId))] } }, select: { id: true, model: true, agencyId: true } }),
  ])
  const agencyById = new Map(agencies.map((a) => [a.id, a]))
  const listById = new Map(lists.map((l) => [l.id, l]))
  const firstEntry = new Map<number, (typeof entries)[number]>()
  for (const e of entries) {
    const prev = firstEntry.get(e.agreementId!)
    if (!prev || listById.get(e.sourceListId)!.asOf < listById.get(prev.sourceListId)!.asOf) firstEntry.set(e.agreementId!, e)
  }
  const firstWindowId = windows[0]?.id
  const afterGap = new Set(windows.filter((w, i) => i > 0 && windows[i - 1]!.end !== null && windows[i - 1]!.end! < w.start).map((w) => w.id))
  const out: Change[] = []
  for (const a of firsts) {
    const e = firstEntry.get(a.id)
    const list = e && listById.get(e.sourceListId)
    const agency = agencyById.get(a.agencyId)
    if (!e || !list || !agency || !a.firstListedOn) continue
    const label = listLabel(list.kind, list.asOf)
    const note = list.id === firstWindowId
      ? ' (the earliest list held; it may have been listed before)'
      : afterGap.has(list.id) ? ' (no list covers the years before it)' : ''
    out.push({
      key: `added-${a.id}`, kind: 'added', date: a.firstListedOn, fromDate: null, agreementId: a.id, model: e.model as AgreementModel, agency,
      summary: `First listed on ${label}${note}, row ${e.rowNumber}, as ${MODEL_LABELS[e.model as AgreementModel].toLowerCase()}${a.signedOn ? `; signed ${a.signedOn}` : ''}.`,
      source: { listId: list.id, label, fileName: list.fileName, row: e.rowNumber }, citation: null,
    })
  }
  const agreementById = new Map(eventAgreements.map((a) => [a.id, a]))
  const endings = new Map<number, string[]>()
  for (const e of events) if (TERMINAL.includes(e.kind) && e.onDate) endings.set(e.agreementId, [...(endings.get(e.agreementId) ?? []), e.onDate])
  for (const e of events) {
    const date = e.onDate ?? e.toDate
    const agreement = agreementById.get(e.agreementId)
    const agency = agreement && agencyById.get(agreement.agencyId)
    if (!date || !agreement || !agency) continue
    // A removal explained by a recorded ending in the same interval is one change, not two.
    if (e.kind === 'removed' && endings.get(e.agreementId)?.some((d) => (!e.fromDate || d > e.fromDate) && d <= date)) continue
    out.push({
      key: `${e.kind}-${e.id}`, kind: e.kind as ChangeKind, date, fromDate: e.onDate ? null : e.fromDate,
      agreementId: agreement.id, model: agreement.model as AgreementModel, agency,
      summary: e.reason ?? CHANGE_LABELS[e.kind as ChangeKind],
      source: e.sourceList ? { listId: e.sourceList.id, label: listLabel(e.sourceList.kind, e.sourceList.asOf), fileName: e.sourceList.fileName, row: e.rowNumber } : null,
      citation: e.citation,
    })
  }
  out.sort((x, y) => y.date.localeCompare(x.date) || x.agency.name.localeCompare(y.agency.name) || x.key.localeCompare(y.key))
  return filter.limit ? out.slice(0, filter.limit) : out
}

export function changeTitle(c: Change): string {
  const what = `${MODEL_LABELS[c.model].toLowerCase()} agreement`
  const who = `${c.agency.name} (${stateName(c.agency.state)})`
  switch (c.kind) {
    case 'added': return `${who}: ${what} first listed`
    case 'removed': return `${who}: ${what} removed from ICE's list`
    case 'relisted': return `${who}: ${what} back on ICE's list`
    case 'model_switch': return `${who}: model switch`
    default: return `${who}: ${what} ${CHANGE_LABELS[c.kind].toLowerCase()}`
  }
}

export async function feedAgency(id: number) {
  return db.agency.findUnique({ where: { id }, select: { id: true, name: true, state: true } })
}
