import { stateName } from '../states.ts'
import { typoDistance } from './fuzzy.ts'
import { fold, nameKey } from './normalise.ts'

/**
 * How alike two spellings of an agency in one state are:
 * - `same`: a typo or a respelling ICE is known to make ("Departent", "Department of Corrections" → "Alaska Department of
 *   Corrections", "BOCC" → "Board of County Commissioners", words reordered, "Sheriff's Department" / "Sheriff's Office");
 * - `similar`: they share what makes them distinct, but differ in more than that (an editor decides);
 * - `different`: "Gulf County BOCC" and "Pasco County BOCC".
 */
export type NameSimilarity = 'same' | 'similar' | 'different'

// Words every kind of agency uses; two names that share only these share nothing.
const GENERIC = new Set([
  'county', 'sheriff', 'office', 'department', 'police', 'city', 'town', 'township', 'village', 'borough', 'state', 'board',
  'commissioners', 'commission', 'correction', 'jail', 'detention', 'facility', 'services', 'service', 'division', 'public',
  'safety', 'regional', 'authority', 'constable', 'constables', 'district', 'parish', 'highway', 'patrol', 'center', 'bocc',
])
// Words whose presence or absence alone does not make another agency ("Quarryville Borough Police Department").
const OPTIONAL = new Set(['department', 'office', 'services', 'service', 'borough', 'county', 'division'])

/** The first word (at least 3 letters) of `words` that is the initials of a run of `other`, expanded ("bocc"). */
function expandAcronyms(words: string[], other: string[]): string[] {
  return words.flatMap((w) => {
    if (w.length < 3 || w.length > 6 || other.includes(w)) return [w]
    for (let i = 0; i + w.length <= other.length; i++) {
      const run = other.slice(i, i + w.length)
      if (run.map((x) => x[0]).join('') === w) return run
    }
    return [w]
  })
}

// "MT Dept of Justice": a leading state code is the state's name (nameKey would read "mt" as "mount").
function rawWords(name: string, state: string): string[] {
  return fold(name)
    .replace(new RegExp(`^${state.toLowerCase()}\\b`), fold(stateName(state)))
    .replace(/'s\b/g, 's')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function canonical(words: string[]): string[] {
  return nameKey(words.join(' '))
    .replace(/\bsheriff department\b/g, 'sheriff office')
    .split(' ')
    .filter(Boolean)
}

/** Same number of words, at most two respelt, each by one edit (two for long words). "Lee" / "Leon" are not typos. */
function typoOf(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  let respelt = 0
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    const shorter = Math.min(a[i]!.length, b[i]!.length)
    const d = typoDistance(a[i]!, b[i]!)
    if (!((d === 1 && shorter >= 5) || (d === 2 && shorter >= 7))) return false
    respelt += 1
  }
  return respelt <= 2
}

/** One name is the other plus optional words or the state's name ("Department of Corrections" / "Alaska Department of Corrections"). */
function onlyOptionalExtra(a: string[], b: string[], stateWords: Set<string>): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  const rest = [...large]
  for (const w of small) {
    const at = rest.indexOf(w)
    if (at < 0) return false
    rest.splice(at, 1)
  }
  return rest.every((w) => OPTIONAL.has(w) || stateWords.has(w)) && large.some((w) => !GENERIC.has(w))
}

export function nameSimilarity(state: string, a: string, b: string): NameSimilarity {
  const ra = rawWords(a, state)
  const rb = rawWords(b, state)
  const ca = canonical(expandAcronyms(ra, rb))
  const cb = canonical(expandAcronyms(rb, ra))
  const stateWords = new Set(canonical(rawWords(stateName(state), state)))
  const sorted = (x: string[]) => [...x].sort().join(' ')
  if (sorted(ca) === sorted(cb)) return 'same'
  if (!ca.some((w) => !GENERIC.has(w)) && !cb.some((w) => !GENERIC.has(w))) return 'different'
  if (typoOf(ca, cb) || onlyOptionalExtra(ca, cb, stateWords)) return 'same'
  if (typoDistance(ca.join(' '), cb.join(' ')) <= 4) return 'similar'
  // A shared state name alone ("Texas Department of Public Safety", "Texas Office of the Attorney General") is not enough.
  const da = ca.filter((w) => !GENERIC.has(w) && !stateWords.has(w))
  const db = cb.filter((w) => !GENERIC.has(w) && !stateWords.has(w))
  const shared = da.filter((w) => db.some((v) => v === w || (Math.min(v.length, w.length) >= 5 && typoDistance(v, w) <= 2))).length
  return shared > 0 && shared * 2 >= Math.min(da.length, db.length) ? 'similar' : 'different'
}
