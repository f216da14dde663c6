// 'nuqs/server' carries no 'use client' mark, so the page and the chart's client leaf share this descriptor.
import { createLoader, createParser, createSerializer, parseAsArrayOf, parseAsStringLiteral, type inferParserType } from 'nuqs/server'
import { STATE_CODES } from '../states.ts'

export const MAX_COMPARED = 5

const month = createParser({
  parse: (v) => (/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(v) ? v : null),
  serialize: (v: string) => v,
})

const agencyId = createParser({
  parse: (v) => (/^[1-9]\d{0,9}$/.test(v) ? Number(v) : null),
  serialize: (n: number) => String(n),
})

// Series keys: "national", "state:TX", "agency:123".
const seriesKey = createParser({
  parse: (v) => (/^(national|state:[A-Z]{2}|agency:[1-9]\d{0,9})$/.test(v) ? v : null),
  serialize: (v: string) => v,
})

/** The one description of the compare view in the URL: what is compared, over which months, and which lines are hidden. */
export const compareSearch = {
  states: parseAsArrayOf(parseAsStringLiteral(STATE_CODES)).withDefault([]),
  agencies: parseAsArrayOf(agencyId).withDefault([]),
  from: month,
  to: month,
  hide: parseAsArrayOf(seriesKey).withDefault([]),
}

export type CompareSearch = inferParserType<typeof compareSearch>

export const loadCompareSearch = createLoader(compareSearch)
export const serializeCompareSearch = createSerializer(compareSearch, { clearOnDefault: true })

export const stateKey = (code: string) => `state:${code}`
export const agencyKey = (id: number) => `agency:${id}`

/**
 * The selection as the page uses it: duplicates dropped, at most MAX_COMPARED states and agencies together (states
 * first), months in order. `dropped` counts what did not fit, so the page can say so.
 */
export function normaliseCompare(search: CompareSearch) {
  const states = [...new Set(search.states)]
  const agencies = [...new Set(search.agencies)]
  const keptStates = states.slice(0, MAX_COMPARED)
  const keptAgencies = agencies.slice(0, MAX_COMPARED - keptStates.length)
  const [from, to] = search.from && search.to && search.from > search.to ? [search.to, search.from] : [search.from, search.to]
  return {
    ...search,
    states: keptStates,
    agencies: keptAgencies,
    from,
    to,
    dropped: states.length + agencies.length - keptStates.length - keptAgencies.length,
  }
}

/** The URL after adding ("state:TX", "agency:12") or removing one item; adding past the limit changes nothing. */
export function withItem(search: CompareSearch, key: string, op: 'add' | 'remove'): string {
  const m = /^(state|agency):(.+)$/.exec(key)
  if (!m) return serializeCompareSearch(search)
  const next = { ...search, hide: search.hide.filter((h) => h !== key) }
  if (m[1] === 'state') {
    const code = m[2] as CompareSearch['states'][number]
    if (!(STATE_CODES as readonly string[]).includes(code)) return serializeCompareSearch(search)
    next.states = op === 'add' ? [...new Set([...search.states, code])] : search.states.filter((s) => s !== code)
  } else {
    const id = Number(m[2])
    if (!Number.isInteger(id) || id < 1) return serializeCompareSearch(search)
    next.agencies = op === 'add' ? [...new Set([...search.agencies, id])] : search.agencies.filter((a) => a !== id)
  }
  if (op === 'add' && next.states.length + next.agencies.length > MAX_COMPARED) return serializeCompareSearch(search)
  return serializeCompareSearch(next)
}
