import 'server-only'
import { db } from '../db.ts'
import { monthEnd } from '../dates.ts'
import { getNewestList } from '../home/queries.ts'
import { stateName } from '../states.ts'
import { timeline } from '../stats/queries.ts'
import { agencyKey, stateKey } from './search-params.ts'

/** The first month a list we hold covers: ICE's roster of 2010-10-29. */
export const FIRST_MONTH = '2010-10'

export interface CompareSelection {
  states: string[]
  agencies: number[]
  from: string | null
  to: string | null
}

export interface CompareSeries {
  key: string
  label: string
  kind: 'national' | 'state' | 'agency'
}

export interface CompareRow {
  month: string
  /** Null when no ICE list we hold covers the month's last day: a gap, never a zero. */
  basis: string | null
  values: Record<string, number | null>
}

/**
 * Active agreements at each month's end for the national total and each chosen state and agency, by the same
 * coverage rule as the national timeline (lib/stats); months run from `from` to `to`, never past the newest list.
 */
export async function compareOverTime(sel: CompareSelection, today: string) {
  const newest = await getNewestList(today)
  const lastMonth = newest ? newest.as_of.slice(0, 7) : today.slice(0, 7)
  const to = sel.to && sel.to < lastMonth ? sel.to : lastMonth
  const from = sel.from && sel.from <= to ? sel.from : FIRST_MONTH <= to ? FIRST_MONTH : to
  const [national, agencies, periods] = await Promise.all([
    timeline(from, to),
    sel.agencies.length ? db.agency.findMany({ where: { id: { in: sel.agencies } }, select: { id: true, name: true, state: true } }) : [],
    sel.states.length || sel.agencies.length
      ? db.statusPeriod.findMany({
          where: { status: 'active', startOn: { lte: monthEnd(to) }, OR: [{ state: { in: sel.states } }, { agreement: { agencyId: { in: sel.agencies } } }] },
          select: { state: true, startOn: true, endOn: true, agreement: { select: { agencyId: true } } },
        })
      : [],
  ])
  const found = new Map(agencies.map((a) => [a.id, a]))
  const series: CompareSeries[] = [
    { key: 'national', label: 'National total', kind: 'national' },
    ...sel.states.map((s) => ({ key: stateKey(s), label: stateName(s) ?? s, kind: 'state' as const })),
    ...sel.agencies.flatMap((id) => {
      const a = found.get(id)
      return a ? [{ key: agencyKey(id), label: `${a.name} (${a.state})`, kind: 'agency' as const }] : []
    }),
  ]
  const rows: CompareRow[] = national.map((p) => {
    const values: Record<string, number | null> = { national: p.total }
    for (const s of series.slice(1)) values[s.key] = p.gap ? null : 0
    if (!p.gap) {
      for (const r of periods) {
        if (r.startOn > p.date || (r.endOn !== null && r.endOn <= p.date)) continue
        const sk = stateKey(r.state)
        const ak = agencyKey(r.agreement.agencyId)
        if (sk in values) values[sk]! += 1
        if (ak in values) values[ak]! += 1
      }
    }
    return { month: p.month, basis: p.basis, values }
  })
  return { from, to, newest, series, rows, unknownAgencies: sel.agencies.filter((id) => !found.has(id)) }
}

export type CompareData = Awaited<ReturnType<typeof compareOverTime>>
