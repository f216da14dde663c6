import 'server-only'
import { AGREEMENT_MODELS, type AgreementModel } from '../agreements/schema.ts'
import { db } from '../db.ts'
import { monthEnd, monthsBetween } from '../dates.ts'
import { coverageAt } from '../lifecycle/coverage.ts'
import { loadWindows } from '../lifecycle/lists.ts'
import { basisAt, toBasis } from './basis.ts'

/** County equivalents in the 50 states and DC (Census 2010): the denominator of coverage. */
const TERRITORY_FIPS = ['60', '66', '69', '72', '74', '78']

const coversDate = (d: string) => ({ startOn: { lte: d }, OR: [{ endOn: null }, { endOn: { gt: d } }] })

export async function activeStats(asOf: string) {
  const basis = await basisAt(asOf)
  const rows = await db.statusPeriod.groupBy({ by: ['model', 'state'], where: { status: 'active', ...coversDate(asOf) }, _count: { _all: true } })
  const by_model = Object.fromEntries(AGREEMENT_MODELS.map((m) => [m, 0])) as Record<AgreementModel, number>
  const by_state: Record<string, number> = {}
  let total = 0
  for (const r of rows) {
    by_model[r.model as AgreementModel] += r._count._all
    by_state[r.state] = (by_state[r.state] ?? 0) + r._count._all
    total += r._count._all
  }
  if (!basis) return { as_of: asOf, gap: true as const, total: null, by_model: null, by_state: null, basis: null }
  return { as_of: asOf, gap: false as const, total, by_model, by_state, basis }
}

export async function secureCommunitiesStats(asOf: string) {
  const [activated, total] = await Promise.all([
    db.county.count({ where: { scEffectiveOn: { lte: asOf } } }),
    db.county.count({ where: { stateFips: { notIn: TERRITORY_FIPS } } }),
  ])
  return { as_of: asOf, counties_activated: activated, counties_total: total, share: total ? Math.round((activated / total) * 10000) / 10000 : 0 }
}

export interface TimelinePoint {
  month: string
  date: string
  gap: boolean
  basis: string | null
  total: number | null
  task_force: number | null
  jail_enforcement: number | null
  warrant_service_officer: number | null
  counties_activated: number
  counties_share: number
}

/** One point per month: the state of things on the month's last day. */
export async function timeline(from: string, to: string): Promise<TimelinePoint[]> {
  const months = monthsBetween(from, to)
  const last = monthEnd(months.at(-1)!)
  const [windows, periods, counties, total] = await Promise.all([
    loadWindows(db),
    db.statusPeriod.findMany({ where: { status: 'active', startOn: { lte: last } }, select: { model: true, startOn: true, endOn: true } }),
    db.county.findMany({ where: { scEffectiveOn: { not: null } }, select: { scEffectiveOn: true }, orderBy: { scEffectiveOn: 'asc' } }),
    db.county.count({ where: { stateFips: { notIn: TERRITORY_FIPS } } }),
  ])
  const dates = counties.map((c) => c.scEffectiveOn!)
  return months.map((month) => {
    const date = monthEnd(month)
    const answer = coverageAt(windows, date)
    const w = answer.window
    const counts = { task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 }
    if (w) for (const p of periods) if (p.startOn <= date && (p.endOn === null || p.endOn > date)) counts[p.model as AgreementModel] += 1
    const activated = upperBound(dates, date)
    return {
      month, date, gap: !w, basis: toBasis(answer)?.label ?? null,
      total: w ? counts.task_force + counts.jail_enforcement + counts.warrant_service_officer : null,
      task_force: w ? counts.task_force : null,
      jail_enforcement: w ? counts.jail_enforcement : null,
      warrant_service_officer: w ? counts.warrant_service_officer : null,
      counties_activated: activated,
      counties_share: total ? Math.round((activated / total) * 10000) / 10000 : 0,
    }
  })
}

function upperBound(sorted: string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}
