import { insertMany } from '../bulk.ts'
import type { Db, Tx } from '../db.ts'
import { stateName } from '../states.ts'
import { padded, searchForm, vocabularyOf } from './normalise.ts'

// FTS5 virtual tables, kept out of Prisma's schema and migrations on purpose (docs/decisions/0009-search-index.md):
// one row per agency (rowid = Agency.id) and one per distinct word, the word list serving "did you mean".
const CREATE = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS agency_search USING fts5(names, county, state, tokenize = 'trigram')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS agency_search_term USING fts5(term, tokenize = 'trigram')`,
]

type IndexRow = { rowid: number; names: string; county: string; state: string }

const CHUNK = 10_000
const chunks = <T>(xs: readonly T[]) => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK))

type AgencyRow = { id: bigint | number; name: string; state: string; countyName: string | null; names: string }

// One raw statement: Prisma's relation load took 13 s for the 82,650 agencies of the 50× benchmark data, this 3.5 s.
const AGENCIES = `SELECT a.id, a.name, a.state, a."countyName", (SELECT json_group_array(n.name) FROM "AgencyName" n WHERE n."agencyId" = a.id) AS names FROM "Agency" a`

async function indexRows(tx: Tx, ids?: readonly number[]): Promise<IndexRow[]> {
  const batches: AgencyRow[][] = []
  if (!ids) batches.push(await tx.$queryRawUnsafe<AgencyRow[]>(AGENCIES))
  else for (const c of chunks(ids)) batches.push(await tx.$queryRawUnsafe<AgencyRow[]>(`${AGENCIES} WHERE a.id IN (${c.map(() => '?').join(', ')})`, ...c))
  return batches.flat().map((a) => ({
    rowid: Number(a.id),
    // Every spelling ICE has printed, once each after folding: "Sheriff's" and "Sheriff’s" are one entry.
    names: padded([...new Set([a.name, ...(JSON.parse(a.names) as string[])].map(searchForm))].join(' / ')),
    county: padded(a.countyName ? searchForm(a.countyName) : ''),
    state: padded(`${a.state.toLowerCase()} ${searchForm(stateName(a.state))}`),
  }))
}

async function insertRows(tx: Tx, rows: IndexRow[]) {
  await insertMany(tx, 'agency_search', ['rowid', 'names', 'county', 'state'], rows)
}

async function addTerms(tx: Tx, rows: IndexRow[], known: ReadonlySet<string> = new Set()) {
  const terms = new Set(rows.flatMap((r) => vocabularyOf(`${r.names} ${r.county} ${r.state}`)).filter((t) => !known.has(t)))
  await insertMany(tx, 'agency_search_term', ['term'], [...terms].map((term) => ({ term })))
}

async function createTables(tx: Tx): Promise<{ empty: boolean }> {
  for (const sql of CREATE) await tx.$executeRawUnsafe(sql)
  const [row] = await tx.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM agency_search`)
  return { empty: Number(row?.n ?? 0) === 0 }
}

/** Rebuilds the whole index from Agency and AgencyName, in the caller's transaction. */
export async function rebuildSearchIndex(tx: Tx): Promise<void> {
  await createTables(tx)
  await tx.$executeRawUnsafe(`DELETE FROM agency_search`)
  await tx.$executeRawUnsafe(`DELETE FROM agency_search_term`)
  const rows = await indexRows(tx)
  await insertRows(tx, rows)
  await addTerms(tx, rows)
}

/**
 * Brings the index up to date after a write that added, renamed, moved or deleted agencies, in the writer's
 * transaction so that the index commits or rolls back with the data. `agencyIds` narrows the work to those agencies
 * (deleted ones leave the index); without it, or on a database whose index is still empty, everything is rebuilt.
 * Words no agency uses any more stay in the word list; suggestions count their matches, so they are never offered.
 */
export async function refreshAgencySearch(tx: Tx, agencyIds?: readonly number[]): Promise<void> {
  const { empty } = await createTables(tx)
  if (!agencyIds || empty) return rebuildSearchIndex(tx)
  if (!agencyIds.length) return
  const ids = [...new Set(agencyIds)]
  for (const c of chunks(ids)) await tx.$executeRawUnsafe(`DELETE FROM agency_search WHERE rowid IN (${c.map(() => '?').join(', ')})`, ...c)
  const rows = await indexRows(tx, ids)
  await insertRows(tx, rows)
  const known = await tx.$queryRawUnsafe<{ term: string }[]>(`SELECT term FROM agency_search_term`)
  await addTerms(tx, rows, new Set(known.map((k) => k.term)))
}

/** Creates and fills the index where it is missing (a database migrated and seeded before it existed); else a no-op. */
export async function ensureSearchIndex(db: Db): Promise<void> {
  await db.$transaction((tx) => refreshAgencySearch(tx, []), { timeout: 120_000 })
}
