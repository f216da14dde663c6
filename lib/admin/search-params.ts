import { isStateCode } from '../states.ts'
import { isIsoDate } from '../dates.ts'

type Raw = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/** Lenient: a bad value falls back to the default, never an error page. */
export function readListParams(raw: Raw) {
  const state = one(raw.state).toUpperCase()
  const page = Number(one(raw.page))
  return { q: one(raw.q).slice(0, 200), state: isStateCode(state) ? state : '', page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1 }
}

export function readAuditParams(raw: Raw) {
  const date = (v: string) => (isIsoDate(v) ? v : '')
  const page = Number(one(raw.page))
  return { user: one(raw.user).slice(0, 200), type: one(raw.type).slice(0, 50), from: date(one(raw.from)), to: date(one(raw.to)), page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1 }
}

export function readIdParam(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null
}
