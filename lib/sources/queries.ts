import 'server-only'
import { db } from '../db.ts'
import { loadWindows } from '../lifecycle/lists.ts'

/** For each list: the dates it is the basis for (the coverage rule), keyed by list id. */
export async function coverageByList() {
  const [participating, pending] = await Promise.all([loadWindows(db), loadWindows(db, 'pending')])
  return Object.fromEntries([...participating, ...pending].map((w) => [w.id, { start: w.start, end: w.end }])) as Record<number, { start: string; end: string }>
}

/** The county datasets behind Secure Communities counts. */
export async function countyDatasets() {
  const [total, states, activated, byPrecision, bySource, citation] = await Promise.all([
    db.county.count(),
    db.county.count({ where: { stateFips: { notIn: ['60', '66', '69', '72', '74', '78'] } } }),
    db.county.count({ where: { scActivationMonth: { not: null } } }),
    db.county.groupBy({ by: ['scPrecision'], where: { scActivationMonth: { not: null } }, _count: { _all: true } }),
    db.county.groupBy({ by: ['scSources'], where: { scActivationMonth: { not: null } }, _count: { _all: true } }),
    db.citation.findFirst({ where: { kind: 'dataset_row' }, select: { title: true, url: true, note: true } }),
  ])
  const [first, last] = await Promise.all([
    db.county.findFirst({ where: { scEffectiveOn: { not: null } }, orderBy: { scEffectiveOn: 'asc' }, select: { name: true, state: true, scActivatedOn: true, scActivationMonth: true } }),
    db.county.findFirst({ where: { scEffectiveOn: { not: null } }, orderBy: { scEffectiveOn: 'desc' }, select: { name: true, state: true, scActivatedOn: true, scActivationMonth: true } }),
  ])
  return {
    counties: total,
    countiesInStates: states,
    activated,
    byPrecision: Object.fromEntries(byPrecision.map((r) => [r.scPrecision ?? 'unknown', r._count._all])) as Record<string, number>,
    bySource: Object.fromEntries(bySource.map((r) => [r.scSources ?? 'unknown', r._count._all])) as Record<string, number>,
    first, last, citation,
  }
}
