import 'server-only'
import { db } from '../db.ts'
import { ensureSearchIndex } from './index.ts'
import { countMatches, rankMatches } from './match.ts'
import { parseQuery, type ParsedQuery } from './normalise.ts'
import { correctTerms, WEAK } from './spelling.ts'

let ready: Promise<void> | undefined
// Once per process: a database loaded before the index existed gets it on the first search.
const indexReady = () => (ready ??= ensureSearchIndex(db).catch((error: unknown) => {
  ready = undefined
  throw new Error('Could not build the agency search index', { cause: error })
}))

export interface ResolvedQuery {
  /** The words the results are for: as typed, or corrected when nothing matched as typed. */
  terms: string[]
  states: string[]
  /** True when the results are for `suggestion` because the query as typed matched nothing. */
  corrected: boolean
  /** A spelling that finds more agencies ("did you mean"), as search text; null when there is none. */
  suggestion: string | null
}

async function resolve({ terms, states }: ParsedQuery): Promise<ResolvedQuery & { total: number }> {
  const total = await countMatches(db, { terms, states })
  const asTyped = { terms, states, corrected: false, suggestion: null, total }
  if (total >= WEAK || !terms.length) return asTyped
  const fixed = await correctTerms(db, terms)
  if (!fixed) return asTyped
  const fixedTotal = await countMatches(db, { terms: fixed, states })
  if (fixedTotal <= total) return asTyped
  const suggestion = [...fixed, ...states].join(' ')
  return total === 0 ? { terms: fixed, states, corrected: true, suggestion, total: fixedTotal } : { ...asTyped, suggestion }
}

export interface AgencySearchQuery {
  q: string
  page: number
  perPage: number
}

/** Agencies matching every word of `q` (typos corrected when nothing matches as typed), best match first. */
export async function searchAgencies({ q, page, perPage }: AgencySearchQuery) {
  await indexReady()
  const parsed = parseQuery(q)
  if (!parsed.terms.length && !parsed.states.length) return { terms: [], states: [], corrected: false, suggestion: null, total: 0, items: [] }
  const { total, ...resolved } = await resolve(parsed)
  const ids = total ? await rankMatches(db, resolved, perPage, (page - 1) * perPage) : []
  const rows = await db.agency.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, state: true, type: true, countyName: true, _count: { select: { agreements: true } } },
  })
  const byId = new Map(rows.map(({ _count, countyName, ...a }) => [a.id, { ...a, county: countyName, agreements: _count.agreements }]))
  return { ...resolved, total, items: ids.flatMap((id) => byId.get(id) ?? []) }
}
export type AgencySearchResult = Awaited<ReturnType<typeof searchAgencies>>

/** Ids of the agencies `q` finds on the search page, best first, for other views' text filters. */
export async function searchAgencyIds(q: string, limit: number): Promise<number[]> {
  await indexReady()
  const parsed = parseQuery(q)
  if (!parsed.terms.length && !parsed.states.length) return []
  const resolved = await resolve(parsed)
  return resolved.total ? rankMatches(db, resolved, limit) : []
}
