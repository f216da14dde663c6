import 'server-only'
import { db } from '../db.ts'
import { loadWindows } from '../lifecycle/lists.ts'
import { getAgency } from './queries.ts'
import { agreementTimeline } from './timeline.ts'

/** Everything the agency page shows: the agency, each agreement's timeline, its county and neighbours. */
export async function getAgencyPage(id: number, asOf: string, today: string) {
  const agency = await getAgency(id)
  if (!agency) return null
  const [windows, county, neighbours] = await Promise.all([
    loadWindows(db),
    agency.countyFips
      ? db.county.findUnique({ where: { fips: agency.countyFips }, select: { fips: true, name: true, scActivatedOn: true, scActivationMonth: true, scPrecision: true } })
      : null,
    agency.countyFips
      ? db.agency.findMany({
          where: { countyFips: agency.countyFips, id: { not: agency.id } },
          select: { id: true, name: true, type: true, _count: { select: { agreements: true } } },
          orderBy: { name: 'asc' },
        })
      : [],
  ])
  const agreements = agency.agreements.map((g) => {
    const current = g.periods.find((p) => p.startOn <= asOf && (p.endOn === null || p.endOn > asOf)) ?? null
    return { ...g, statusOnAsOf: current, timeline: agreementTimeline(g, windows, today) }
  })
  return {
    ...agency,
    agreements,
    county,
    neighbours: neighbours.map((n) => ({ id: n.id, name: n.name, type: n.type, agreements: n._count.agreements })),
  }
}
export type AgencyPage = NonNullable<Awaited<ReturnType<typeof getAgencyPage>>>
export type AgencyPageAgreement = AgencyPage['agreements'][number]
