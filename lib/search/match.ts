import type { Db } from '../db.ts'
import { matchExpression, type ParsedQuery } from './normalise.ts'

/** How many agencies contain every term (as substrings of their names, county or state), in the query's states if any. */
export async function countMatches(db: Db, query: ParsedQuery): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM agency_search WHERE agency_search MATCH ?`, matchExpression(query))
  return Number(row?.n ?? 0)
}

/** The matching agencies' ids, best first; with no words (only a state, "TX"), by name. */
export async function rankMatches(db: Db, query: ParsedQuery, limit: number, offset = 0): Promise<number[]> {
  // A match in a name weighs more than one in the county, which weighs more than the state.
  const sql = query.terms.length
    ? `SELECT rowid AS id FROM agency_search WHERE agency_search MATCH ? ORDER BY bm25(agency_search, 10.0, 4.0, 1.0), rowid LIMIT ? OFFSET ?`
    : `SELECT a.id AS id FROM agency_search JOIN "Agency" a ON a.id = agency_search.rowid WHERE agency_search MATCH ? ORDER BY a.name, a.id LIMIT ? OFFSET ?`
  const rows = await db.$queryRawUnsafe<{ id: bigint | number }[]>(sql, matchExpression(query, true), limit, offset)
  return rows.map((r) => Number(r.id))
}
