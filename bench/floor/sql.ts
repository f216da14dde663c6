import type Database from 'better-sqlite3'
import { searchKey } from '../../lib/import/normalise.ts'
import { listLabel } from '../../lib/lifecycle/lists.ts'

/**
 * The SQL Prisma 7 sends for `listAgreements` (captured with the client's `log: query` events),
 * rebuilt text for text so the floor does the same database work.
 * Only the default sort (agency name) is reproduced: it is what the benchmark URLs use.
 */
export interface FloorQuery {
  asOf: string
  states: string[]
  models: string[]
  statuses: string[] | 'all'
  expiresBefore: string | null
  agencyId: number | null
  q: string
  page: number
  perPage: number
}

const T = (t: string) => `\`main\`.\`${t}\``
const SP = T('StatusPeriod')
const marks = (n: number) => Array.from({ length: n }, () => '?').join(',')

export function floorQuery(params: URLSearchParams, today: string): FloorQuery {
  const list = (k: string) => params.getAll(k).flatMap((v) => v.split(',')).filter(Boolean)
  const status = list('status')
  const expiresBefore = params.get('expires_before')
  return {
    asOf: params.get('as_of') ?? today,
    states: list('state'),
    models: list('model'),
    statuses: expiresBefore ? ['active'] : status.includes('all') ? 'all' : status.length ? status : ['active'],
    expiresBefore,
    agencyId: params.has('agency_id') ? Number(params.get('agency_id')) : null,
    q: (params.get('q') ?? '').trim(),
    page: Number(params.get('page') ?? 1),
    perPage: Number(params.get('per_page') ?? 50),
  }
}

/** WHERE clause and joins of agreementWhere(q), as Prisma prints them. */
export function whereOf(q: FloorQuery): { joins: string; where: string; args: unknown[] } {
  const conds = [`${SP}.\`startOn\` <= ?`, `(${SP}.\`endOn\` IS NULL OR ${SP}.\`endOn\` > ?)`]
  const args: unknown[] = [q.asOf, q.asOf]
  if (q.statuses !== 'all') { conds.push(`${SP}.\`status\` IN (${marks(q.statuses.length)})`); args.push(...q.statuses) }
  if (q.models.length) { conds.push(`${SP}.\`model\` IN (${marks(q.models.length)})`); args.push(...q.models) }
  if (q.states.length) { conds.push(`${SP}.\`state\` IN (${marks(q.states.length)})`); args.push(...q.states) }
  const agreement: string[] = []
  let joins = ''
  const tokens = searchKey(q.q).split(' ').filter(Boolean)
  if (q.expiresBefore || q.agencyId !== null || tokens.length) {
    joins += ` LEFT JOIN ${T('Agreement')} AS \`j0\` ON (\`j0\`.\`id\`) = (${SP}.\`agreementId\`)`
    if (q.expiresBefore) { agreement.push('`j0`.`expiresOn` >= ? AND `j0`.`expiresOn` < ?'); args.push(q.asOf, q.expiresBefore) }
    if (q.agencyId !== null) { agreement.push('`j0`.`agencyId` = ?'); args.push(q.agencyId) }
    if (tokens.length) {
      joins += ` LEFT JOIN ${T('Agency')} AS \`j1\` ON (\`j1\`.\`id\`) = (\`j0\`.\`agencyId\`)`
      agreement.push(`(${tokens.map(() => "`j1`.`searchText` LIKE ('%' || ? || '%')").join(' AND ')} AND (\`j1\`.\`id\` IS NOT NULL))`)
      args.push(...tokens)
    }
    conds.push(`(${agreement.join(' AND ')} AND (\`j0\`.\`id\` IS NOT NULL))`)
  }
  return { joins, where: `WHERE (${conds.join(' AND ')})`, args }
}

const ORDER_JOINS = ` LEFT JOIN ${T('Agreement')} AS \`orderby_1\` ON (\`orderby_1\`.\`id\`) = (${SP}.\`agreementId\`) LEFT JOIN ${T('Agency')} AS \`orderby_2\` ON (\`orderby_2\`.\`id\`) = (\`orderby_1\`.\`agencyId\`)`

export function countSql(q: FloorQuery) {
  const w = whereOf(q)
  return { sql: `SELECT COUNT(*) AS \`_count$_all\` FROM (SELECT ${SP}.\`id\` FROM ${SP}${w.joins} ${w.where} LIMIT ? OFFSET ?) AS \`sub\``, args: [...w.args, -1, '0'] }
}

export function pageSql(q: FloorQuery) {
  const w = whereOf(q)
  return {
    sql: `SELECT ${SP}.\`id\`, ${SP}.\`status\`, ${SP}.\`model\`, ${SP}.\`agreementId\` FROM ${SP}${ORDER_JOINS}${w.joins} ${w.where} ORDER BY \`orderby_2\`.\`name\` ASC, ${SP}.\`model\` ASC LIMIT ? OFFSET ?`,
    args: [...w.args, String(q.perPage), String((q.page - 1) * q.perPage)],
  }
}

const cols = (t: string, names: string[]) => names.map((n) => `${T(t)}.\`${n}\``).join(', ')
const byIds = (t: string, names: string[], n: number) => `SELECT ${cols(t, names)} FROM ${T(t)} WHERE ${T(t)}.\`id\` IN (${marks(n)}) LIMIT ? OFFSET ?`

type R = Record<string, any>

/** One transaction of the statements Prisma runs (count, page, agreements, agencies, intervals, cited lists), then the API's item shape. */
export function listFloor(db: Database.Database, q: FloorQuery) {
  return db.transaction(() => {
    const c = countSql(q)
    const total = (db.prepare(c.sql).get(...c.args) as R)['_count$_all'] as number
    const p = pageSql(q)
    const periods = db.prepare(p.sql).all(...p.args) as R[]
    const AG = ['id', 'signedOn', 'signedRaw', 'expiresOn', 'firstListedOn', 'lastListedOn', 'moaUrl', 'addendumUrl', 'flags', 'agencyId']
    const agreements = periods.length ? (db.prepare(byIds('Agreement', AG, periods.length)).all(...periods.map((r) => r.agreementId), -1, '0') as R[]) : []
    const AC = ['id', 'name', 'state', 'countyName', 'countyFips', 'type']
    const agencies = agreements.length ? (db.prepare(byIds('Agency', AC, agreements.length)).all(...agreements.map((a) => a.agencyId), -1, '0') as R[]) : []
    const PI = T('PresenceInterval')
    const intervals = agreements.length
      ? (db.prepare(`SELECT ${cols('PresenceInterval', ['startOn', 'endOn', 'firstListId', 'firstRow', 'lastListId', 'lastRow', 'captures', 'agreementId'])} FROM ${PI} WHERE ${PI}.\`series\` = ? AND ${PI}.\`agreementId\` IN (${marks(agreements.length)}) ORDER BY ${PI}.\`startOn\` ASC LIMIT ? OFFSET ?`).all('listed', ...agreements.map((a) => a.id), -1, '0') as R[])
      : []
    const listIds = [...new Set(intervals.flatMap((i) => [i.firstListId, i.lastListId]))]
    const lists = listIds.length ? (db.prepare(`SELECT id, kind, "asOf", "fileName" FROM "SourceList" WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(listIds)) as R[]) : []
    const agreementById = new Map(agreements.map((a) => [a.id, a]))
    const agencyById = new Map(agencies.map((a) => [a.id, a]))
    const listById = new Map(lists.map((l) => [l.id, l]))
    const intervalsOf = new Map<number, R[]>()
    for (const i of intervals) intervalsOf.set(i.agreementId, [...(intervalsOf.get(i.agreementId) ?? []), i])
    const source = (id: number, row: number) => {
      const l = listById.get(id)!
      return { list_id: id, list: listLabel(l.kind, l.asOf), as_of: l.asOf, file: l.fileName, row }
    }
    const items = periods.map((r) => {
      const a = agreementById.get(r.agreementId)!
      const g = agencyById.get(a.agencyId)!
      return {
        id: a.id,
        agency: { id: g.id, name: g.name, state: g.state, county: g.countyName, county_fips: g.countyFips, type: g.type },
        model: r.model, status: r.status,
        signed_on: a.signedOn, expires_on: a.expiresOn, first_listed_on: a.firstListedOn, last_listed_on: a.lastListedOn,
        moa_url: a.moaUrl, addendum_url: a.addendumUrl, flags: JSON.parse(a.flags) as string[],
        listed: (intervalsOf.get(a.id) ?? []).map((i) => ({ from: source(i.firstListId, i.firstRow), to: source(i.lastListId, i.lastRow), captures: i.captures })),
      }
    })
    return { total, items }
  })()
}

/** Facet counts a list page shows: one GROUP BY per facet with the other filters applied. */
export function facetsFloor(db: Database.Database, q: FloorQuery) {
  const out: Record<string, Record<string, number>> = {}
  for (const [col, omit] of [['state', 'states'], ['model', 'models'], ['status', 'statuses']] as const) {
    const w = whereOf({ ...q, [omit]: omit === 'statuses' ? 'all' : [] })
    const rows = db.prepare(`SELECT ${SP}.\`${col}\` AS k, COUNT(*) AS n FROM ${SP}${w.joins} ${w.where} GROUP BY ${SP}.\`${col}\``).all(...w.args) as R[]
    out[col] = Object.fromEntries(rows.map((r) => [r.k, r.n]))
  }
  return out
}
