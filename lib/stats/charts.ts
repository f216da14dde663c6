import 'server-only'
import { AGREEMENT_MODELS, type AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { monthsBetween, todayIso } from '../dates.ts'
import { stateName } from '../states.ts'
import { basisAt, type Basis } from './basis.ts'
import { modelExisted } from './eras.ts'
import { newestListDate } from './map-layers.ts'
import { timeline, type TimelinePoint } from './queries.ts'
import { rangeMonths, type TrendRange } from './view-params.ts'

export type ModelCounts = Record<AgreementModel, number>
export interface MonthModelRow extends Record<AgreementModel, number | null> {
  month: string
  total: number | null
}

const zeros = (): ModelCounts => ({ task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 })
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 + by, 1))
  return d.toISOString().slice(0, 7)
}

export interface PolicyMarker {
  slug: string
  date: string
  month: string
  title: string
}

export interface PhaseOutData {
  from: string
  to: string
  points: TimelinePoint[]
  markers: PolicyMarker[]
  /** The newest ICE list held: nothing after it is drawn ("not yet listed"). */
  lastListed: string | null
}

/**
 * Active agreements by model (steps; null where no list covers the month, or the model did not exist then: see
 * MODEL_ERAS) against Secure Communities coverage.
 */
export async function phaseOutChart(range: TrendRange, today = todayIso()): Promise<PhaseOutData> {
  const { from, to } = rangeMonths(range, today)
  const [points, events, lastListed] = await Promise.all([
    timeline(from, to),
    db.policyEvent.findMany({ where: { date: { gte: `${from}-01`, lte: `${to}-31` } }, select: { slug: true, date: true, title: true }, orderBy: { date: 'asc' } }),
    newestListDate(),
  ])
  const eraPoints = points.map((p) => {
    const out = { ...p }
    for (const m of AGREEMENT_MODELS) if (!modelExisted(m, p.date)) out[m] = null
    return out
  })
  return { from, to, points: eraPoints, markers: events.map((e) => ({ ...e, month: e.date.slice(0, 7) })), lastListed }
}

/**
 * Agreements whose end has a known day: an expiry date ICE recorded or a dated expiry, non-renewal
 * or termination. Agreements that only dropped off a list have no dated end and are counted apart.
 */
export async function expirationsByMonth(): Promise<{ rows: MonthModelRow[]; undated: number }> {
  const [expiring, events, undated] = await Promise.all([
    db.agreement.findMany({ where: { expiresOn: { not: null } }, select: { id: true, model: true, expiresOn: true } }),
    db.agreementEvent.findMany({
      where: { kind: { in: ['expired', 'not_renewed', 'terminated'] }, onDate: { not: null } },
      select: { agreementId: true, onDate: true, agreement: { select: { model: true } } },
    }),
    db.agreementEvent.count({ where: { kind: 'removed' } }),
  ])
  const ends = new Map<string, { model: string; date: string }>()
  for (const a of expiring) ends.set(`${a.id}:${a.expiresOn}`, { model: a.model, date: a.expiresOn! })
  for (const e of events) ends.set(`${e.agreementId}:${e.onDate}`, { model: e.agreement.model, date: e.onDate! })
  if (ends.size === 0) return { rows: [], undated }
  const byMonth = new Map<string, ModelCounts>()
  for (const { model, date } of ends.values()) {
    const counts = byMonth.get(date.slice(0, 7)) ?? zeros()
    counts[model as AgreementModel] += 1
    byMonth.set(date.slice(0, 7), counts)
  }
  const months = [...byMonth.keys()].sort()
  const rows = monthsBetween(shiftMonth(months[0]!, -6), shiftMonth(months.at(-1)!, 6)).map((month) => {
    const c = byMonth.get(month) ?? zeros()
    return { month, ...c, total: c.task_force + c.jail_enforcement + c.warrant_service_officer }
  })
  return { rows, undated }
}

export interface StateRow extends ModelCounts {
  state: string
  name: string
  total: number
}

/** Active agreements per state on the as-of date; null rows when no ICE list covers the date. */
export async function agreementsByState(asOf: string): Promise<{ asOf: string; basis: Basis | null; rows: StateRow[] | null }> {
  const basis = await basisAt(asOf)
  if (!basis) return { asOf, basis, rows: null }
  const groups = await db.statusPeriod.groupBy({
    by: ['state', 'model'],
    where: { status: 'active', startOn: { lte: asOf }, OR: [{ endOn: null }, { endOn: { gt: asOf } }] },
    _count: { _all: true },
  })
  const byState = new Map<string, StateRow>()
  for (const g of groups) {
    const row = byState.get(g.state) ?? { state: g.state, name: stateName(g.state), total: 0, ...zeros() }
    row[g.model as AgreementModel] += g._count._all
    row.total += g._count._all
    byState.set(g.state, row)
  }
  return { asOf, basis, rows: [...byState.values()].sort((a, b) => b.total - a.total || a.state.localeCompare(b.state)) }
}

export const NEW_SINCE = '2025-01'

/**
 * Agreements by month of the signing date ICE lists (model as last listed). Months after the newest
 * list are unknown (null): an agreement signed then may not be listed yet.
 */
export async function newAgreementsByMonth(today = todayIso()) {
  const [agreements, undatedCount, flagged, newest] = await Promise.all([
    db.agreement.findMany({ where: { signedOn: { gte: `${NEW_SINCE}-01` } }, select: { model: true, signedOn: true } }),
    db.agreement.count({ where: { signedOn: null, firstListedOn: { gte: `${NEW_SINCE}-01` } } }),
    // Only the signing-date flags (malformed_date, implausible_date, missing_signed_date) bear on this chart.
    db.listEntry.findMany({
      where: { flags: { contains: '_date' }, OR: [{ agreementId: null }, { agreement: { firstListedOn: { gte: `${NEW_SINCE}-01` } } }] },
      select: { signedRaw: true, flags: true, agencyRaw: true, agency: { select: { state: true } }, agreement: { select: { signedOn: true } } },
    }),
    newestListDate(),
  ])
  const lastListed = newest ?? today
  const byMonth = new Map<string, ModelCounts>()
  let implausible = 0
  for (const a of agreements) {
    if (a.signedOn! > lastListed) {
      implausible += 1
      continue
    }
    const counts = byMonth.get(a.signedOn!.slice(0, 7)) ?? zeros()
    counts[a.model as AgreementModel] += 1
    byMonth.set(a.signedOn!.slice(0, 7), counts)
  }
  const rows: MonthModelRow[] = monthsBetween(NEW_SINCE, today.slice(0, 7)).map((month) => {
    if (month > lastListed.slice(0, 7)) return { month, task_force: null, jail_enforcement: null, warrant_service_officer: null, total: null }
    const c = byMonth.get(month) ?? zeros()
    return { month, ...c, total: AGREEMENT_MODELS.reduce((s, m) => s + c[m], 0) }
  })
  // A row ICE printed the same way on many lists is one misprint: listed once, in the order first met. A date flagged on
  // one list only for being later than that list, and printed the same on the lists after, changed nothing here.
  const flaggedDates = [...new Map(flagged.filter((f) => f.signedRaw !== f.agreement?.signedOn).map((f) => {
    const item = {
      agency: f.agencyRaw.trim(),
      state: f.agency.state,
      printed: f.signedRaw ?? '',
      flags: (JSON.parse(f.flags) as string[]).filter((flag) => flag.endsWith('_date')),
      usedDate: f.agreement?.signedOn ?? null,
    }
    return [JSON.stringify(item), item] as const
  })).values()]
  return { rows, lastListed, excluded: undatedCount + implausible, flaggedDates }
}
