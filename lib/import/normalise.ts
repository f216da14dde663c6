// Abbreviations ICE uses interchangeably across lists ("Dept." / "Department", "Co." / "County").
const WORDS: Record<string, string> = {
  dept: 'department', dep: 'department', co: 'county', cnty: 'county', ofc: 'office', off: 'office',
  sheriffs: 'sheriff', pd: 'police department', so: 'sheriff office', st: 'saint', ste: 'sainte',
  mt: 'mount', ft: 'fort', twp: 'township', corrections: 'correction', correctional: 'correction',
  dps: 'department public safety', hwy: 'highway', div: 'division', comm: 'commission', univ: 'university',
}
const DROP = new Set(['of', 'the', 'and'])

/** Strips accents and folds curly quotes, dashes and case. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
}

/** Collapses runs of whitespace and trims, the only change made to the text ICE prints. */
export function cleanText(text: string): string {
  if (!/\s\s|[^\S ]|^ | $/.test(text)) return text
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

// ICE's lists repeat the same ~2,000 names day after day; the seed reads each hundreds of times.
const nameKeys = new Map<string, string>()

/** Matching key for agency names: same key = same agency within a state. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name)
  if (key === undefined) {
    if (nameKeys.size > 50_000) nameKeys.clear()
    key = computeNameKey(name)
    nameKeys.set(name, key)
  }
  return key
}

function computeNameKey(name: string): string {
  const words = fold(name)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  const out: string[] = []
  for (const [i, w] of words.entries()) {
    if (i === 0 && (w === 'city' || w === 'town' || w === 'village') && words[1] === 'of') continue
    const mapped = WORDS[w] ?? w
    for (const part of mapped.split(' ')) if (!DROP.has(part)) out.push(part)
  }
  return out.join(' ')
}

/** Text for case-, accent- and punctuation-insensitive search. */
export function searchKey(text: string): string {
  return fold(text).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
}

const SAFELINKS_HOST = /(^|\.)safelinks\.protection\.outlook\.com$/i

/**
 * ICE's staff pasted some MOA links through Outlook, which wraps them as
 * https://<region>.safelinks.protection.outlook.com/?url=<ICE's URL>&data=…; this returns ICE's URL.
 * Anything that is not such a wrapper, or wraps something that is not an http(s) URL, is returned unchanged.
 */
export function unwrapSafeLink(url: string): string {
  if (!url.includes('safelinks')) return url
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return url
  }
  if (!SAFELINKS_HOST.test(parsed.hostname)) return url
  const inner = parsed.searchParams.get('url')
  if (!inner) return url
  try {
    const target = new URL(inner)
    return target.protocol === 'https:' || target.protocol === 'http:' ? target.href : url
  } catch {
    return url
  }
}
