import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { db } from '../db.ts'
import { searchKey } from '../import/normalise.ts'
import { listLabel } from '../lifecycle/lists.ts'

export interface AgencyListQuery {
  q: string
  states: string[]
  page: number
  perPage: number
}

export async function listAgencies(query: AgencyListQuery) {
  const tokens = searchKey(query.q).split(' ').filter(Boolean)
  const where: Prisma.AgencyWhereInput = {
    ...(query.states.length && { state: { in: query.states } }),
    ...(tokens.length && { AND: tokens.map((t) => ({ searchText: { contains: t } })) }),
  }
  const [total, rows] = await db.$transaction([
    db.agency.count({ where }),
    db.agency.findMany({
      where,
      select: { id: true, name: true, state: true, type: true, countyName: true, countyFips: true, _count: { select: { agreements: true } } },
      orderBy: [{ name: 'asc' }, { state: 'asc' }],
      skip: (query.page - 1) * query.perPage,
      take: query.perPage,
    }),
  ])
  return {
    total,
    items: rows.map(({ _count, countyName, countyFips, ...a }) => ({ ...a, county: countyName, county_fips: countyFips, agreements: _count.agreements })),
  }
}

export async function getAgency(id: number) {
  const a = await db.agency.findUnique({
    where: { id },
    select: {
      id: true, name: true, state: true, type: true, typeRaw: true, countyName: true, countyFips: true, updatedAt: true,
      names: { select: { name: true, firstSeenOn: true, lastSeenOn: true }, orderBy: { firstSeenOn: 'asc' } },
      agreements: {
        orderBy: [{ firstListedOn: 'asc' }, { id: 'asc' }],
        select: {
          id: true, model: true, signedOn: true, signedRaw: true, expiresOn: true, firstListedOn: true, lastListedOn: true, moaUrl: true, moaFile: true, addendumUrl: true, flags: true, version: true,
          expiresCitation: { select: { title: true, url: true } },
          periods: { select: { status: true, model: true, startOn: true, endOn: true }, orderBy: { startOn: 'asc' } },
          events: {
            select: { id: true, kind: true, onDate: true, fromDate: true, toDate: true, reason: true, details: true, derived: true, rowNumber: true, sourceList: { select: { id: true, kind: true, asOf: true, fileName: true } }, citation: { select: { title: true, url: true, note: true } } },
          },
          entries: {
            select: { rowNumber: true, model: true, agencyRaw: true, signedRaw: true, moaUrl: true, flags: true, sourceList: { select: { id: true, kind: true, asOf: true, fileName: true } } },
            orderBy: { sourceList: { asOf: 'asc' } },
          },
        },
      },
    },
  })
  if (!a) return null
  return {
    ...a,
    updatedAt: a.updatedAt.toISOString(),
    agreements: a.agreements.map((g) => ({
      ...g,
      flags: JSON.parse(g.flags) as string[],
      events: g.events
        .map((e) => ({ ...e, source: e.sourceList ? { ...e.sourceList, label: listLabel(e.sourceList.kind, e.sourceList.asOf), row: e.rowNumber } : null }))
        .sort((x, y) => (x.onDate ?? x.toDate ?? '').localeCompare(y.onDate ?? y.toDate ?? '')),
      entries: g.entries.map((e) => ({ ...e, flags: JSON.parse(e.flags) as string[], list: { ...e.sourceList, label: listLabel(e.sourceList.kind, e.sourceList.asOf) } })),
    })),
  }
}
export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgency>>>
