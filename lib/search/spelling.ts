import { distance } from 'fastest-levenshtein'
import type { Db } from '../db.ts'
import { countMatches } from './match.ts'
import { anyTrigramOf } from './normalise.ts'

const CANDIDATES = 25
/** Fewer results than this are weak: worth a "did you mean". A word fewer agencies use than this may be a typo. */
export const WEAK = 3

/** Edits tolerated for a word of this length: Elasticsearch's AUTO fuzziness (Levenshtein, so a swap costs two). */
export function allowedEdits(length: number): number {
  return length < 3 ? 0 : length <= 5 ? 1 : 2
}

/**
 * The indexed word closest to a rare or unknown `term` that more agencies use, or null. Candidates come from the trigram index of
 * indexed words (any shared trigram, best first); the edit distance decides, then how many agencies use the word.
 */
export async function correctTerm(db: Db, term: string): Promise<string | null> {
  const rows = await db.$queryRawUnsafe<{ term: string }[]>(
    `SELECT term FROM agency_search_term WHERE agency_search_term MATCH ? ORDER BY rank LIMIT ${CANDIDATES}`,
    anyTrigramOf(term),
  )
  const limit = allowedEdits(term.length)
  const near = rows
    .map((r) => ({ term: r.term, edits: distance(term, r.term) }))
    .filter((c) => c.term !== term && c.edits <= limit)
    .sort((a, b) => a.edits - b.edits)
  if (!near.length) return null
  const own = await countMatches(db, { terms: [term], states: [] })
  if (own >= WEAK) return null
  let best: { term: string; edits: number; uses: number } | null = null
  for (const c of near) {
    if (best && c.edits > best.edits) break
    const uses = await countMatches(db, { terms: [c.term], states: [] })
    if (uses > own && (!best || uses > best.uses)) best = { ...c, uses }
  }
  return best?.term ?? null
}

/** Each term replaced by its correction where it has one; null when nothing changes. */
export async function correctTerms(db: Db, terms: readonly string[]): Promise<string[] | null> {
  const fixed = await Promise.all(terms.map(async (t) => (await correctTerm(db, t)) ?? t))
  return fixed.some((t, i) => t !== terms[i]) ? fixed : null
}
