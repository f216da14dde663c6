import { distance } from 'fastest-levenshtein'

/** True when `a` becomes `b` by swapping two adjacent letters ("Pulaksi" / "Pulaski"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const diff: number[] = []
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { diff.push(i); if (diff.length > 2) return false }
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]
}

/** Typo distance: Levenshtein, with an adjacent swap counted as one edit. */
export function typoDistance(a: string, b: string): number {
  return isTransposition(a, b) ? 1 : distance(a, b)
}

/**
 * The one candidate within `maxEdits` typos of `key`, or why there is none. Safe by construction: a
 * match is returned only when no other candidate is as close, so "Decatur" never becomes "Dekalb".
 */
export function uniqueNear<T>(key: string, candidates: Iterable<[string, T]>, maxEdits: number): { match: T } | { match: null; ambiguous: T[] } {
  let best = maxEdits + 1
  let found: T[] = []
  for (const [name, value] of candidates) {
    if (Math.abs(name.length - key.length) > maxEdits) continue
    const d = typoDistance(key, name)
    if (d < best) { best = d; found = [value] }
    else if (d === best && !found.includes(value)) found.push(value)
  }
  if (best > maxEdits) return { match: null, ambiguous: [] }
  return found.length === 1 ? { match: found[0]! } : { match: null, ambiguous: found }
}
