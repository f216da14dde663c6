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
      select: { id: true, name: true, state: true, type: true, countyName: true, countyFips: true, countyNote: true, _count: { select: { agreements: true } } },
      orderBy: [{ name: 'asc' }, { state: 'asc' }],
      skip: (query.page - 1) * query.perPage,
      take: query.perPage,
    }),
  ])
  return {
    total,
    items: rows.map(({ _count, countyName, countyFips, countyNote, ...a }) => ({ ...a, county: countyName, county_fips: countyFips, county_note: countyNote, agreements: _count.agreements })),
  }
}

export async function getAgency(id: number) {
  const a = await db.agency.findUnique({
    where: { id },
    select: {
      id: true, name: true, state: true, type: true, typeRaw: true, countyName: true, countyFips: true, countyNote: true, updatedAt: true,
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
          // Rows stored per version: only the flagged ones are shown (as warnings); presence comes from the intervals.
          entries: {
            where: { flags: { not: '[]' } },
            select: { rowNumber: true, model: true, agencyRaw: true, signedRaw: true, moaUrl: true, flags: true, sourceList: { select: { id: true, kind: true, asOf: true, fileName: true } } },
            orderBy: { sourceList: { asOf: 'asc' } },
          },
          intervals: {
            select: { series: true, model: true, startOn: true, endOn: true, firstListId: true, firstRow: true, lastListId: true, lastRow: true, captures: true },
            orderBy: { startOn: 'asc' },
          },
        },
      },
    },
  })
  if (!a) return null
  const listIds = [...new Set(a.agreements.flatMap((g) => g.intervals.flatMap((i) => [i.firstListId, i.lastListId])))]
  const lists = new Map((await db.sourceList.findMany({ where: { id: { in: listIds } }, select: { id: true, kind: true, asOf: true, fileName: true } })).map((l) => [l.id, { ...l, label: listLabel(l.kind, l.asOf) }]))
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
      intervals: g.intervals.map((i) => ({ series: i.series, model: i.model, startOn: i.startOn, endOn: i.endOn, captures: i.captures, first: { ...lists.get(i.firstListId)!, row: i.firstRow }, last: { ...lists.get(i.lastListId)!, row: i.lastRow } })),
    })),
  }
}
export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgency>>>
