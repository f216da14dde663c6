const FALLBACK = '/admin'

/**
 * Where to go after signing in: a path on this site, or /admin. The value is resolved the way a browser resolves it
 * (WHATWG URL, which drops tabs and newlines and reads `\` as `/`), so `/%09/evil.test` or `/\evil.test` cannot turn into
 * another host; anything with control characters or backslashes is refused outright.
 */
export function safeNext(next: string | undefined | null): string {
  if (!next || next.length > 2000) return FALLBACK
  let decoded: string
  try {
    decoded = decodeURIComponent(next)
  } catch {
    return FALLBACK
  }
  // eslint-disable-next-line no-control-regex
  if ([next, decoded].some((s) => /[\u0000-\u001f\u007f\\]/.test(s))) return FALLBACK
  if (!next.startsWith('/') || next.startsWith('//') || decoded.startsWith('//')) return FALLBACK
  const base = 'http://tracker.invalid'
  let url: URL
  try {
    url = new URL(next, base)
  } catch {
    return FALLBACK
  }
  if (url.origin !== base) return FALLBACK
  const path = url.pathname + url.search + url.hash
  return path.startsWith('//') ? FALLBACK : path
}
