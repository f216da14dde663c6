import { nameKey } from '../import/normalise.ts'
import { isStateCode } from '../states.ts'

/** The trigram tokenizer matches nothing shorter than three characters. */
export const MIN_TERM_LENGTH = 3
const MAX_TERMS = 8

/**
 * Index and query text share one form, nameKey's: accents, case and punctuation folded, and ICE's interchangeable
 * abbreviations expanded (St. → saint, Dept → department, Co. → county, PD → police department, SO → sheriff office,
 * Sheriff's → sheriff, corrections → correction), so "Saint Lucie" and "St. Lucie" are the same words.
 */
export const searchForm = (text: string): string => nameKey(text)

/** Words worth offering as spelling corrections: letters only, long enough to match. */
export function vocabularyOf(text: string): string[] {
  return text.split(/[^a-z]+/).filter((w) => w.length >= MIN_TERM_LENGTH)
}

export interface ParsedQuery {
  /** Words every result must contain (as substrings, in any indexed field). */
  terms: string[]
  /** USPS codes typed as words ("sheriff TX"). */
  states: string[]
}

// Two-letter codes that are also English words count as states only in capitals ("OR", not "sheriff or police").
const ENGLISH = new Set(['al', 'de', 'hi', 'id', 'in', 'la', 'ma', 'me', 'oh', 'ok', 'or', 'pa'])

/** A USPS code typed as a word; abbreviations searchForm expands (CO, SO, MT, …) stay what they abbreviate. */
function stateOf(word: string): string | null {
  const code = word.toUpperCase()
  if (word.length !== 2 || !isStateCode(code) || searchForm(word) !== word.toLowerCase()) return null
  return word === code || !ENGLISH.has(word) ? code : null
}

export function parseQuery(q: string): ParsedQuery {
  const words = [...new Set(searchForm(q).split(' ').filter(Boolean))]
  return {
    terms: words.filter((w) => w.length >= MIN_TERM_LENGTH).slice(0, MAX_TERMS),
    // Split where searchForm would, keeping the case: "Doña" must not yield a two-letter "Do".
    states: [...new Set(q.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9']+/).flatMap((w) => stateOf(w) ?? []))],
  }
}

const quote = (t: string) => `"${t}"`

/**
 * An FTS5 query for agencies containing every term as a substring, in `states` if any. `ranked` adds each term's
 * whole word as an alternative that every match satisfies anyway, so it only adds to bm25's score: "harris" ranks
 * Harris County above Harrison County. The index pads fields with spaces (lib/search/index.ts) so that words at
 * either end have boundaries, and stores the state's USPS code as a word so that " tx " matches it.
 * Terms are [a-z0-9]+ after searchForm, so quoting is safe.
 */
export function matchExpression({ terms, states }: ParsedQuery, ranked = false): string {
  const words = terms.map((t) => (ranked ? `(${quote(` ${t} `)} OR ${quote(t)})` : quote(t)))
  const state = states.length ? [`state : (${states.map((s) => quote(` ${s.toLowerCase()} `)).join(' OR ')})`] : []
  return [...words, ...state].join(' AND ')
}

/** A field's text as indexed: padded, so that its first and last words have boundaries too. */
export const padded = (text: string): string => (text ? ` ${text} ` : '')

/** The term's distinct trigrams, any of which may match: candidate spellings for a misspelt word. */
export function anyTrigramOf(term: string): string {
  const grams = new Set<string>()
  for (let i = 0; i + MIN_TERM_LENGTH <= term.length; i++) grams.add(term.slice(i, i + MIN_TERM_LENGTH))
  return [...grams].map((g) => `"${g}"`).join(' OR ')
}
