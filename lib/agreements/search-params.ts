import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server'
import { isIsoDate } from '../dates.ts'
import { STATE_CODES } from '../states.ts'
import { AGREEMENT_MODELS, AGREEMENT_STATUSES, MAX_PER_PAGE, SORT_KEYS, type SortKey } from './constants.ts'

export const STATUS_FILTER_VALUES = [...AGREEMENT_STATUSES, 'all'] as const
/** Columns a reader may hide; `agency` always stays. Not an API parameter: exports drop it. */
export const HIDEABLE_COLUMNS = ['state', 'model', 'status', 'signed_on', 'expires_on', 'first_listed_on', 'last_listed_on'] as const
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number]
export const DEFAULT_SORT = 'agency'
export const DEFAULT_PER_PAGE = 50

const isoDate = createParser({
  parse: (v) => (isIsoDate(v) ? v : null),
  serialize: (v: string) => v,
})

const intInRange = (min: number, max: number) =>
  createParser({
    parse: (v) => {
      if (!/^\d+$/.test(v)) return null
      const n = Number(v)
      return n >= min && n <= max ? n : null
    },
    serialize: (n: number) => String(n),
  })

const SORT_RE = new RegExp(`^-?(${SORT_KEYS.join('|')})$`)
const sortParser = createParser({
  parse: (v) => (SORT_RE.test(v) ? v : null),
  serialize: (v: string) => v,
})

/** The one description of the agreements view in the URL; names match GET /api/v1/agreements. */
export const agreementSearch = {
  state: parseAsArrayOf(parseAsStringLiteral(STATE_CODES)).withDefault([]),
  model: parseAsArrayOf(parseAsStringLiteral(AGREEMENT_MODELS)).withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(STATUS_FILTER_VALUES)).withDefault([]),
  as_of: isoDate,
  expires_before: isoDate,
  expires_within_days: intInRange(0, 36500),
  signed_from: isoDate,
  signed_to: isoDate,
  q: parseAsString.withDefault(''),
  sort: sortParser.withDefault(DEFAULT_SORT),
  page: intInRange(1, 1_000_000).withDefault(1),
  per_page: intInRange(1, MAX_PER_PAGE).withDefault(DEFAULT_PER_PAGE),
  hide: parseAsArrayOf(parseAsStringLiteral(HIDEABLE_COLUMNS)).withDefault([]),
}

export type AgreementSearch = inferParserType<typeof agreementSearch>

export const loadAgreementSearch = createLoader(agreementSearch)
export const serializeAgreementSearch = createSerializer(agreementSearch, { clearOnDefault: true })

/** Keys that only shape the page, not the set of rows. */
const VIEW_ONLY_KEYS = ['page', 'per_page', 'hide'] as const

/** The API URL of an export that holds every row of the view, not just the page shown. */
export function exportHref(search: Partial<AgreementSearch>, format: 'csv' | 'export'): string {
  const rows = { ...search }
  for (const key of VIEW_ONLY_KEYS) delete rows[key]
  const qs = serializeAgreementSearch(rows)
  return `/api/v1/agreements${qs ? `${qs}&` : '?'}format=${format}`
}

export function parseSort(sort: string): { key: SortKey; desc: boolean } {
  const key = sort.replace(/^-/, '') as SortKey
  return { key, desc: sort.startsWith('-') }
}

export function formatSort(key: string, desc: boolean): string {
  return `${desc ? '-' : ''}${key}`
}

/** Next's `searchParams` object as URLSearchParams, repeated keys kept. */
export function toUrlSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v)
  }
  return params
}

/**
 * The view's query string as the one descriptor writes it, when a request arrives otherwise: a GET form sends empty
 * fields and repeats a key per checked box (`state=AZ&state=TX`). Null when the request is already in that form.
 */
export function canonicalQuery(record: Record<string, string | string[] | undefined>): string | null {
  const params = new URLSearchParams()
  let changed = false
  for (const [key, value] of Object.entries(record)) {
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== '')
    if (values.length !== (Array.isArray(value) ? value.length : 1) || values.length > 1) changed = true
    const joined = values.join(',')
    // The form ticks "active" when no status is chosen; sent back, it is the default and not a filter.
    if (key === 'status' && joined === 'active') changed = true
    else if (values.length) params.set(key, joined)
  }
  return changed ? params.toString() : null
}
