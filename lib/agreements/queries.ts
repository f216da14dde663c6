import 'server-only'
import { db } from '../db.ts'
import type { AgreementQuery } from './query.ts'
import { byIdsSql, countSql, facetSql, idsSql, itemOf, pageSql, type AgreementItem, type PageRow, type Sql } from './sql.ts'

export type { AgreementItem } from './sql.ts'

const raw = <T>(s: Sql) => db.$queryRawUnsafe<T[]>(s.sql, ...s.args)

export async function listAgreements(q: AgreementQuery): Promise<{ total: number; items: AgreementItem[]; pageCount: number }> {
  const [count, rows] = await db.$transaction([raw<{ n: number | bigint }>(countSql(q)), raw<PageRow>(pageSql(q, (q.page - 1) * q.perPage, q.perPage))])
  const total = Number(count[0]!.n)
  return { total, items: rows.map(itemOf), pageCount: Math.max(1, Math.ceil(total / q.perPage)) }
}

/**
 * The ids of every matching row in the query's order (the order is total: ties go by id). An export reads these once and
 * then the rows a chunk at a time (agreementRowsById): one sort of the matches instead of an OFFSET and a count per page.
 */
export async function agreementRowIds(q: AgreementQuery): Promise<number[]> {
  return (await raw<{ id: number | bigint }>(idsSql(q))).map((r) => Number(r.id))
}

/** The rows with these ids, in the order given. */
export async function agreementRowsById(ids: number[]): Promise<AgreementItem[]> {
  const byId = new Map((await raw<PageRow>(byIdsSql(ids))).map((r) => [Number(r.periodId), r]))
  return ids.flatMap((id) => {
    const r = byId.get(id)
    return r ? [itemOf(r)] : []
  })
}

/** All matching rows, unpaginated (a state page's short list). */
export async function listAllAgreements(q: AgreementQuery): Promise<AgreementItem[]> {
  return (await raw<PageRow>(pageSql(q, 0, -1))).map(itemOf)
}

export async function agreementFacets(q: AgreementQuery) {
  const toMap = (rows: { k: string; n: number | bigint }[]) => Object.fromEntries(rows.map((r) => [r.k, Number(r.n)])) as Record<string, number>
  const [state, model, status] = await db.$transaction([
    raw<{ k: string; n: number | bigint }>(facetSql(q, 'state', 'states')),
    raw<{ k: string; n: number | bigint }>(facetSql(q, 'model', 'models')),
    raw<{ k: string; n: number | bigint }>(facetSql(q, 'status', 'statuses')),
  ])
  return { state: toMap(state), model: toMap(model), status: toMap(status) }
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
  const counts = await db.$transaction(active.map((f) => raw<{ n: number | bigint }>(countSql(RELAX[f].drop(q)))))
  return active.map((filter, i) => ({ filter, count: Number(counts[i]![0]!.n) }))
}
