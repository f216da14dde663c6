import type Database from 'better-sqlite3'
import { countSql, facetSql, itemOf, pageSql, type PageRow } from '../../lib/agreements/sql.ts'
import type { AgreementQuery } from '../../lib/agreements/query.ts'

/**
 * The floor runs the app's own SQL for the agreements table (lib/agreements/sql.ts) through better-sqlite3, with a
 * minimal reading of the URL instead of the app's validation. Only what the benchmark URLs use is read.
 */
export function floorQuery(params: URLSearchParams, today: string): AgreementQuery {
  const list = (k: string) => params.getAll(k).flatMap((v) => v.split(',')).filter(Boolean)
  const status = list('status')
  const asOf = params.get('as_of') ?? today
  const expiresBefore = params.get('expires_before')
  return {
    asOf, states: list('state'), models: list('model'),
    statuses: status.includes('all') ? 'all' : status.length ? status : ['active'],
    expiresFrom: expiresBefore ? asOf : null, expiresBefore, signedFrom: null, signedTo: null,
    agencyId: params.has('agency_id') ? Number(params.get('agency_id')) : null,
    q: (params.get('q') ?? '').trim(), sort: { key: 'agency', desc: false },
    page: Number(params.get('page') ?? 1), perPage: Number(params.get('per_page') ?? 50),
  }
}

/** One transaction of the app's two statements (count, page), then the API's item shape. */
export function listFloor(db: Database.Database, q: AgreementQuery) {
  return db.transaction(() => {
    const c = countSql(q)
    const total = (db.prepare(c.sql).get(...c.args) as { n: number }).n
    const p = pageSql(q, (q.page - 1) * q.perPage, q.perPage)
    return { total, items: (db.prepare(p.sql).all(...p.args) as PageRow[]).map(itemOf) }
  })()
}

/** Facet counts a list page shows: one GROUP BY per facet with the other filters applied. */
export function facetsFloor(db: Database.Database, q: AgreementQuery) {
  const out: Record<string, Record<string, number>> = {}
  for (const [col, omit] of [['state', 'states'], ['model', 'models'], ['status', 'statuses']] as const) {
    const s = facetSql(q, col, omit)
    out[col] = Object.fromEntries((db.prepare(s.sql).all(...s.args) as { k: string; n: number }[]).map((r) => [r.k, r.n]))
  }
  return out
}
