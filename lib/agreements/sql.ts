import { searchKey } from '../import/normalise.ts'
import { listLabel } from '../lifecycle/lists.ts'
import type { AgreementQuery } from './query.ts'

/**
 * The agreements table's SQL, written once: the app runs it through Prisma (queries.ts), the benchmark's floor through
 * better-sqlite3 (bench/floor/sql.ts). Two statements per page (count, then the rows with their presence intervals and
 * the lists those cite as JSON), where Prisma's nested select sent six.
 */
export type Arg = string | number
export interface Sql { sql: string; args: Arg[] }
/** A WHERE clause, and whether it reads the agreement (a) or agency (g) columns. */
interface Where extends Sql { joins: boolean }

const FROM = `FROM "StatusPeriod" sp JOIN "Agreement" a ON a.id = sp."agreementId" JOIN "Agency" g ON g.id = a."agencyId"`
// Every period has its agreement and every agreement its agency (foreign keys), so a count that filters on the period
// alone needs no join: 40,000 active periods counted in 7 ms instead of 61 (bench/data/stall.db after the stall bench).
const fromFor = (w: Where) => (w.joins ? FROM : `FROM "StatusPeriod" sp`)

/** Every filter except the facet being counted, so that facet counts show what a click would give. */
export function whereSql(q: AgreementQuery, omit?: 'states' | 'models' | 'statuses'): Where {
  const conds = ['sp."startOn" <= ?', '(sp."endOn" IS NULL OR sp."endOn" > ?)']
  const args: Arg[] = [q.asOf, q.asOf]
  const inList = (column: string, values: readonly string[]) => {
    conds.push(`${column} IN (SELECT value FROM json_each(?))`)
    args.push(JSON.stringify(values))
  }
  const statuses = q.expiresBefore ? ['active'] : q.statuses
  if (omit !== 'statuses' && statuses !== 'all') inList('sp.status', statuses)
  if (omit !== 'models' && q.models.length) inList('sp.model', q.models)
  if (omit !== 'states' && q.states.length) inList('sp.state', q.states)
  const periodOnly = conds.length
  if (q.expiresBefore) { conds.push('a."expiresOn" >= ? AND a."expiresOn" < ?'); args.push(q.expiresFrom ?? q.asOf, q.expiresBefore) }
  if (q.signedFrom) { conds.push('a."signedOn" >= ?'); args.push(q.signedFrom) }
  if (q.signedTo) { conds.push('a."signedOn" <= ?'); args.push(q.signedTo) }
  if (q.agencyId) { conds.push('a."agencyId" = ?'); args.push(q.agencyId) }
  // Tokens are lower-case letters and digits only (searchKey), so LIKE sees no wildcard of theirs.
  for (const token of searchKey(q.q).split(' ').filter(Boolean)) { conds.push(`g."searchText" LIKE '%' || ? || '%'`); args.push(token) }
  return { sql: `WHERE ${conds.join(' AND ')}`, args, joins: conds.length > periodOnly }
}

const NULLS_LAST = (column: string, dir: string) => `${column} IS NULL, ${column} ${dir}`

/** The sort the table asked for, then agency name, then the period's id so that pages never overlap or skip a row. */
function orderSql(q: AgreementQuery): string {
  const dir = q.sort.desc ? 'DESC' : 'ASC'
  const first = {
    agency: `g.name ${dir}, sp.model ASC`,
    state: `sp.state ${dir}, g.name ASC`,
    model: `sp.model ${dir}, g.name ASC`,
    status: `sp.status ${dir}, g.name ASC`,
    signed_on: `${NULLS_LAST('a."signedOn"', dir)}, g.name ASC`,
    expires_on: `${NULLS_LAST('a."expiresOn"', dir)}, g.name ASC`,
    first_listed_on: `${NULLS_LAST('a."firstListedOn"', dir)}, g.name ASC`,
    last_listed_on: `${NULLS_LAST('a."lastListedOn"', dir)}, g.name ASC`,
  }[q.sort.key]
  return `ORDER BY ${first}, sp.id ASC`
}

export function countSql(q: AgreementQuery): Sql {
  const w = whereSql(q)
  return { sql: `SELECT count(*) AS n ${fromFor(w)} ${w.sql}`, args: w.args }
}

const END = (alias: string, row: string) => `json_object('list_id', ${alias}.id, 'kind', ${alias}.kind, 'as_of', ${alias}."asOf", 'file', ${alias}."fileName", 'row', ${row})`

// The unary + keeps the planner on the agreement's own intervals (agreementId index): without statistics it took the
// series index for the ORDER BY and read every interval of the series for each row.
const SELECT = `SELECT sp.id AS "periodId", sp.status, sp.model, a.id, a."signedOn", a."expiresOn", a."firstListedOn", a."lastListedOn", a."moaUrl", a."addendumUrl", a.flags,
    g.id AS "agencyId", g.name AS "agencyName", g.state, g."countyName", g."countyFips", g.type,
    (SELECT json_group_array(json(x)) FROM (
       SELECT json_object('from', ${END('f', 'i."firstRow"')}, 'to', ${END('l', 'i."lastRow"')}, 'captures', i.captures) AS x
       FROM "PresenceInterval" i JOIN "SourceList" f ON f.id = i."firstListId" JOIN "SourceList" l ON l.id = i."lastListId"
       WHERE i."agreementId" = a.id AND +i.series = 'listed' ORDER BY +i."startOn")) AS listed`

/** One row per agreement of the page; `listed` is a JSON array of its presence intervals, oldest first. */
export function pageSql(q: AgreementQuery, offset: number, limit: number): Sql {
  const w = whereSql(q)
  return { sql: `${SELECT} ${FROM} ${w.sql} ${orderSql(q)} LIMIT ? OFFSET ?`, args: [...w.args, limit, offset] }
}

/** The status periods of every matching row, in the table's order: an export reads them once, then rows by id. */
export function idsSql(q: AgreementQuery): Sql {
  const w = whereSql(q)
  return { sql: `SELECT sp.id AS id ${FROM} ${w.sql} ${orderSql(q)}`, args: w.args }
}

/** The rows of these status periods, in no particular order. */
export function byIdsSql(periodIds: number[]): Sql {
  return { sql: `${SELECT} ${FROM} WHERE sp.id IN (SELECT value FROM json_each(?))`, args: [JSON.stringify(periodIds)] }
}

export function facetSql(q: AgreementQuery, column: 'state' | 'model' | 'status', omit: 'states' | 'models' | 'statuses'): Sql {
  const w = whereSql(q, omit)
  return { sql: `SELECT sp.${column} AS k, count(*) AS n ${fromFor(w)} ${w.sql} GROUP BY sp.${column}`, args: w.args }
}

export interface PageRow {
  periodId: number; status: string; model: string; id: number; signedOn: string | null; expiresOn: string | null; firstListedOn: string | null; lastListedOn: string | null
  moaUrl: string | null; addendumUrl: string | null; flags: string; agencyId: number; agencyName: string; state: string; countyName: string | null
  countyFips: string | null; type: string; listed: string
}

type End = { list_id: number; kind: string; as_of: string; file: string; row: number }
const source = (e: End) => ({ list_id: e.list_id, list: listLabel(e.kind, e.as_of), as_of: e.as_of, file: e.file, row: e.row })

/** A row of pageSql as the API and the table show it. */
export function itemOf(r: PageRow) {
  return {
    id: Number(r.id),
    agency: { id: Number(r.agencyId), name: r.agencyName, state: r.state, county: r.countyName, county_fips: r.countyFips, type: r.type },
    model: r.model,
    status: r.status,
    signed_on: r.signedOn,
    expires_on: r.expiresOn,
    first_listed_on: r.firstListedOn,
    last_listed_on: r.lastListedOn,
    moa_url: r.moaUrl,
    addendum_url: r.addendumUrl,
    flags: JSON.parse(r.flags) as string[],
    // Each unbroken run of captures listing the agreement, cited at both ends.
    listed: (JSON.parse(r.listed) as { from: End; to: End; captures: number }[]).map((i) => ({ from: source(i.from), to: source(i.to), captures: i.captures })),
  }
}
export type AgreementItem = ReturnType<typeof itemOf>
