import { z } from 'zod'
import { addDays, isIsoDate, todayIso } from '../dates.ts'
import { STATE_CODES } from '../states.ts'
import type { Notice } from '../i18n/notice.ts'
import { AGREEMENT_MODELS, AGREEMENT_STATUSES, MAX_PER_PAGE, SORT_KEYS, type SortKey } from './constants.ts'
import { queryIssueNotice } from './query-notices.ts'

export { MAX_PER_PAGE, PER_PAGE_OPTIONS, SORT_KEYS, type SortKey } from './constants.ts'

const isoDate = (label: string) =>
  z.string().refine(isIsoDate, { message: `${label} must be a real date written YYYY-MM-DD` })

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter(Boolean)), z.array(item))

/** The query of GET /api/v1/agreements and of the /agreements page: one set of names for both. */
export const AgreementQuerySchema = z
  .object({
    state: list(z.enum(STATE_CODES, { message: 'state must be a USPS code such as TX or GU' })),
    model: list(z.enum(AGREEMENT_MODELS, { message: `model must be one of ${AGREEMENT_MODELS.join(', ')}` })),
    status: list(z.enum([...AGREEMENT_STATUSES, 'all'], { message: `status must be one of ${AGREEMENT_STATUSES.join(', ')} or all` })),
    as_of: isoDate('as_of').optional(),
    expires_before: isoDate('expires_before').optional(),
    expires_within_days: z.coerce.number({ message: 'expires_within_days must be a whole number of days' }).int('expires_within_days must be a whole number of days').min(0, 'expires_within_days cannot be negative').max(36500, 'expires_within_days is at most 36500').optional(),
    signed_from: isoDate('signed_from').optional(),
    signed_to: isoDate('signed_to').optional(),
    q: z.string().max(200, 'q is at most 200 characters').optional(),
    agency_id: z.coerce.number({ message: 'agency_id must be a number' }).int().positive('agency_id must be a positive id').optional(),
    sort: z.string().regex(new RegExp(`^-?(${SORT_KEYS.join('|')})$`), `sort must be one of ${SORT_KEYS.join(', ')}, optionally prefixed with - for descending`).optional(),
    page: z.coerce.number({ message: 'page must be a number' }).int('page must be a whole number').min(1, 'page starts at 1').optional(),
    per_page: z.coerce.number({ message: 'per_page must be a number' }).int().min(1, 'per_page is at least 1').max(MAX_PER_PAGE, `per_page is at most ${MAX_PER_PAGE}`).optional(),
  })
  .refine((v) => !v.as_of || v.as_of <= todayIso(), { message: 'as_of cannot be in the future', path: ['as_of'] })
  .refine((v) => !v.signed_from || !v.signed_to || v.signed_from <= v.signed_to, { message: 'signed_from must be on or before signed_to', path: ['signed_from'] })

export type AgreementQueryInput = z.infer<typeof AgreementQuerySchema>

export interface AgreementQuery {
  states: string[]
  models: string[]
  statuses: string[] | 'all'
  asOf: string
  expiresFrom: string | null
  expiresBefore: string | null
  signedFrom: string | null
  signedTo: string | null
  q: string
  agencyId: number | null
  sort: { key: SortKey; desc: boolean }
  page: number
  perPage: number
}

export function toAgreementQuery(v: AgreementQueryInput, today = todayIso()): AgreementQuery {
  const asOf = v.as_of ?? today
  const bounds = [v.expires_before, v.expires_within_days !== undefined ? addDays(asOf, v.expires_within_days + 1) : undefined].filter((x): x is string => !!x).sort()
  const expiresBefore = bounds[0] ?? null
  const sort = v.sort ?? 'agency'
  const statuses = v.status.includes('all') ? 'all' : v.status.length ? v.status : ['active']
  return {
    states: v.state, models: v.model, statuses, asOf,
    expiresFrom: expiresBefore ? asOf : null, expiresBefore,
    signedFrom: v.signed_from ?? null, signedTo: v.signed_to ?? null,
    q: v.q?.trim() ?? '', agencyId: v.agency_id ?? null,
    sort: { key: sort.replace(/^-/, '') as SortKey, desc: sort.startsWith('-') },
    page: v.page ?? 1, perPage: v.per_page ?? 50,
  }
}

export type ParamError = { code: 'invalid_parameter'; message: string; field: string }

export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    out[key] = all.length > 1 ? all : all[0]!
  }
  return out
}

/** Strict parse for the API: the first problem becomes a 400. */
export function parseAgreementQuery(params: URLSearchParams): { ok: true; query: AgreementQuery } | { ok: false; error: ParamError } {
  const res = AgreementQuerySchema.safeParse(searchParamsToObject(params))
  if (res.success) return { ok: true, query: toAgreementQuery(res.data) }
  const issue = res.error.issues[0]!
  return { ok: false, error: { code: 'invalid_parameter', message: issue.message, field: String(issue.path[0] ?? '') } }
}

/** Lenient parse for pages: each bad parameter is dropped with a notice, never an error page. */
export function parseAgreementQueryLenient(params: URLSearchParams): { query: AgreementQuery; notices: Notice[]; params: URLSearchParams } {
  const raw = searchParamsToObject(params)
  const notices: Notice[] = []
  for (let i = 0; i < 20; i++) {
    const res = AgreementQuerySchema.safeParse(raw, { reportInput: true })
    if (res.success) return { query: toAgreementQuery(res.data), notices, params: keptParams(params, raw) }
    const issue = res.error.issues[0]!
    const field = String(issue.path[0] ?? '')
    notices.push(queryIssueNotice(field, issue, raw))
    delete raw[field]
  }
  return { query: toAgreementQuery(AgreementQuerySchema.parse({})), notices, params: new URLSearchParams() }
}

/** The parameters that survived lenient parsing, so that links built from them (exports) stay valid. */
function keptParams(params: URLSearchParams, kept: Record<string, unknown>): URLSearchParams {
  return new URLSearchParams([...params].filter(([key]) => key in kept))
}
