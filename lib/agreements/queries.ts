import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { db } from '../db.ts'
import { searchKey } from '../import/normalise.ts'
import { listLabel } from '../lifecycle/lists.ts'
import type { AgreementQuery } from './query.ts'

const ROW_SELECT = {
  status: true,
  model: true,
  agreement: {
    select: {
      id: true, signedOn: true, signedRaw: true, expiresOn: true, firstListedOn: true, lastListedOn: true, moaUrl: true, addendumUrl: true, flags: true,
      agency: { select: { id: true, name: true, state: true, countyName: true, countyFips: true, type: true } },
      intervals: {
        where: { series: 'listed' },
        select: { startOn: true, endOn: true, firstListId: true, firstRow: true, lastListId: true, lastRow: true, captures: true },
        orderBy: { startOn: 'asc' },
      },
    },
  },
} satisfies Prisma.StatusPeriodSelect

/** Every filter except the facet being counted, so that facet counts show what a click would give. */
export function agreementWhere(q: AgreementQuery, omit?: 'states' | 'models' | 'statuses'): Prisma.StatusPeriodWhereInput {
  const agreement: Prisma.AgreementWhereInput = {}
  if (q.expiresBefore) agreement.expiresOn = { gte: q.expiresFrom ?? q.asOf, lt: q.expiresBefore }
  if (q.signedFrom || q.signedTo) agreement.signedOn = { ...(q.signedFrom && { gte: q.signedFrom }), ...(q.signedTo && { lte: q.signedTo }) }
  if (q.agencyId) agreement.agencyId = q.agencyId
  const tokens = searchKey(q.q).split(' ').filter(Boolean)
  if (tokens.length) agreement.agency = { AND: tokens.map((t) => ({ searchText: { contains: t } })) }
  const statuses = q.expiresBefore ? ['active'] : q.statuses
  return {
    startOn: { lte: q.asOf },
    OR: [{ endOn: null }, { endOn: { gt: q.asOf } }],
    ...(omit !== 'statuses' && statuses !== 'all' && { status: { in: statuses } }),
    ...(omit !== 'models' && q.models.length && { model: { in: q.models } }),
    ...(omit !== 'states' && q.states.length && { state: { in: q.states } }),
    ...(Object.keys(agreement).length && { agreement }),
  }
}

function orderBy(q: AgreementQuery): Prisma.StatusPeriodOrderByWithRelationInput[] {
  const dir = q.sort.desc ? 'desc' : 'asc'
  const byName = { agreement: { agency: { name: 'asc' as const } } }
  switch (q.sort.key) {
    case 'agency': return [{ agreement: { agency: { name: dir } } }, { model: 'asc' }]
    case 'state': return [{ state: dir }, byName]
    case 'model': return [{ model: dir }, byName]
    case 'status': return [{ status: dir }, byName]
    case 'signed_on': return [{ agreement: { signedOn: { sort: dir, nulls: 'last' } } }, byName]
    case 'expires_on': return [{ agreement: { expiresOn: { sort: dir, nulls: 'last' } } }, byName]
    case 'first_listed_on': return [{ agreement: { firstListedOn: { sort: dir, nulls: 'last' } } }, byName]
    case 'last_listed_on': return [{ agreement: { lastListedOn: { sort: dir, nulls: 'last' } } }, byName]
  }
}

type Row = Prisma.StatusPeriodGetPayload<{ select: typeof ROW_SELECT }>

type Lists = Map<number, { kind: string; asOf: string; fileName: string }>

/** File names and dates of the captures that interval ends cite, in one query. */
async function listsOf(rows: Row[]): Promise<Lists> {
  const ids = [...new Set(rows.flatMap((r) => r.agreement.intervals.flatMap((i) => [i.firstListId, i.lastListId])))]
  const found = ids.length ? await db.$queryRawUnsafe<{ id: number; kind: string; asOf: string; fileName: string }[]>(
    `SELECT id, kind, "asOf", "fileName" FROM "SourceList" WHERE id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids)) : []
  return new Map(found.map((l) => [Number(l.id), l]))
}

function source(lists: Lists, id: number, row: number) {
  const l = lists.get(id)!
  return { list_id: id, list: listLabel(l.kind, l.asOf), as_of: l.asOf, file: l.fileName, row }
}

function toItem(r: Row, lists: Lists) {
  const a = r.agreement
  return {
    id: a.id,
    agency: { id: a.agency.id, name: a.agency.name, state: a.agency.state, county: a.agency.countyName, county_fips: a.agency.countyFips, type: a.agency.type },
    model: r.model,
    status: r.status,
    signed_on: a.signedOn,
    expires_on: a.expiresOn,
    first_listed_on: a.firstListedOn,
    last_listed_on: a.lastListedOn,
    moa_url: a.moaUrl,
    addendum_url: a.addendumUrl,
    flags: JSON.parse(a.flags) as string[],
    // Each unbroken run of captures listing the agreement, cited at both ends.
    listed: a.intervals.map((i) => ({ from: source(lists, i.firstListId, i.firstRow), to: source(lists, i.lastListId, i.lastRow), captures: i.captures })),
  }
}
export type AgreementItem = ReturnType<typeof toItem>

export async function listAgreements(q: AgreementQuery): Promise<{ total: number; items: AgreementItem[]; pageCount: number }> {
  const where = agreementWhere(q)
  const [total, rows] = await db.$transaction([
    db.statusPeriod.count({ where }),
    db.statusPeriod.findMany({ where, select: ROW_SELECT, orderBy: orderBy(q), skip: (q.page - 1) * q.perPage, take: q.perPage }),
  ])
  const lists = await listsOf(rows)
  return { total, items: rows.map((r) => toItem(r, lists)), pageCount: Math.max(1, Math.ceil(total / q.perPage)) }
}

/**
 * The ids of every matching row in the query's order (ties broken by id, so the order is total). An export reads these
 * once and then the rows a chunk at a time (agreementRowsById): one sort of the matches instead of an OFFSET and a count
 * per page, which grew with the square of the rows.
 */
export async function agreementRowIds(q: AgreementQuery): Promise<number[]> {
  const rows = await db.statusPeriod.findMany({ where: agreementWhere(q), select: { id: true }, orderBy: [...orderBy(q), { id: 'asc' }] })
  return rows.map((r) => r.id)
}

/** The rows with these ids (at most EXPORT_PAGE_SIZE: a nested select takes at most 999 parents), in the order given. */
export async function agreementRowsById(ids: number[]): Promise<AgreementItem[]> {
  const rows = await db.statusPeriod.findMany({ where: { id: { in: ids } }, select: { id: true, ...ROW_SELECT } })
  const lists = await listsOf(rows)
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const r = byId.get(id)
    return r ? [toItem(r, lists)] : []
  })
}

/** All matching rows, unpaginated, for exports. */
export async function listAllAgreements(q: AgreementQuery): Promise<AgreementItem[]> {
  const rows = await db.statusPeriod.findMany({ where: agreementWhere(q), select: ROW_SELECT, orderBy: orderBy(q) })
  const lists = await listsOf(rows)
  return rows.map((r) => toItem(r, lists))
}

export async function agreementFacets(q: AgreementQuery) {
  const [states, models, statuses] = await Promise.all([
    db.statusPeriod.groupBy({ by: ['state'], where: agreementWhere(q, 'states'), _count: { _all: true } }),
    db.statusPeriod.groupBy({ by: ['model'], where: agreementWhere(q, 'models'), _count: { _all: true } }),
    db.statusPeriod.groupBy({ by: ['status'], where: agreementWhere(q, 'statuses'), _count: { _all: true } }),
  ])
  const toMap = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string>)[], key: K) =>
    Object.fromEntries(rows.map((r) => [r[key], r._count._all])) as Record<string, number>
  return { state: toMap(states, 'state'), model: toMap(models, 'model'), status: toMap(statuses, 'status') }
}

export const RELAXABLE_FILTERS = ['state', 'model', 'status', 'expires', 'signed', 'q'] as const
export type RelaxableFilter = (typeof RELAXABLE_FILTERS)[number]

const RELAX: Record<RelaxableFilter, { active: (q: AgreementQuery) => boolean; drop: (q: AgreementQuery) => AgreementQuery }> = {
  state: { active: (q) => q.states.length > 0, drop: (q) => ({ ...q, states: [] }) },
  model: { active: (q) => q.models.length > 0, drop: (q) => ({ ...q, models: [] }) },
  // An expiry filter already restricts to active agreements, so status is not a cause then.
  status: { active: (q) => q.statuses !== 'all' && !q.expiresBefore, drop: (q) => ({ ...q, statuses: 'all' }) },
  expires: { active: (q) => !!q.expiresBefore, drop: (q) => ({ ...q, expiresBefore: null, expiresFrom: null }) },
  signed: { active: (q) => !!(q.signedFrom || q.signedTo), drop: (q) => ({ ...q, signedFrom: null, signedTo: null }) },
  q: { active: (q) => q.q !== '', drop: (q) => ({ ...q, q: '' }) },
}

/** For each active filter, how many rows the view would have without it: names what emptied a result. */
export async function filterRelaxations(q: AgreementQuery): Promise<{ filter: RelaxableFilter; count: number }[]> {
  const active = RELAXABLE_FILTERS.filter((f) => RELAX[f].active(q))
  const counts = await db.$transaction(active.map((f) => db.statusPeriod.count({ where: agreementWhere(RELAX[f].drop(q)) })))
  return active.map((filter, i) => ({ filter, count: counts[i]! }))
}
