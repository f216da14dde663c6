import { NextResponse } from 'next/server'
import { z } from 'zod'
import { checkAsOf } from './as-of.ts'
import { classifyError, FAILURES } from './errors.ts'
import { log } from './log.ts'

export interface ApiError {
  code: string
  message: string
  field?: string
}

export function apiError(status: number, error: ApiError): NextResponse {
  return NextResponse.json({ error }, { status })
}

export const badRequest = (message: string, field?: string) => apiError(400, { code: 'invalid_parameter', message, field })
export const notFound = (message: string) => apiError(404, { code: 'not_found', message })

/** The JSON answer to a thrown error: a known failure by name (disk full, read-only, busy, forbidden), else a 500 that says so. */
export function failureResponse(err: unknown): NextResponse {
  const f = classifyError(err)
  if (f) {
    log.warn({ event: 'request_refused', failure: f }, FAILURES[f].title)
    return apiError(FAILURES[f].status, { code: f, message: FAILURES[f].message })
  }
  log.error({ err }, 'unhandled error in an API route')
  return apiError(500, { code: 'internal_error', message: 'The server failed to answer this request; the failure was logged. Nothing was changed.' })
}

/** Wraps a route handler so that a thrown error becomes failureResponse's JSON instead of Next's empty 500. */
export function withApiErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args)
    } catch (err) {
      return failureResponse(err)
    }
  }
}

/**
 * Content-Disposition for a download (RFC 6266): an ASCII `filename` for old clients and the exact name, UTF-8 and
 * percent-encoded (RFC 8187), in `filename*`. Path separators and control characters never reach the header.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const clean = fileName.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/[\/\\\u0000-\u001f\u007f]/g, '_')
  const ascii = clean.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%]/g, '_')
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** `as_of` as every endpoint reads it: optional, a real calendar date, not in the future. */
export function readAsOf(params: URLSearchParams): { ok: true; asOf: string } | { ok: false; response: NextResponse } {
  const check = checkAsOf(params.get('as_of'))
  return check.ok ? check : { ok: false, response: badRequest(check.message, 'as_of') }
}

export const IdSchema = z.coerce.number().int().positive().max(2 ** 31 - 1)

export function readId(raw: string): number | null {
  const res = IdSchema.safeParse(raw)
  return res.success && /^\d+$/.test(raw) ? res.data : null
}

/**
 * Every API response is snake_case: the lib/ queries answer in the app's camelCase (the pages use them as they are),
 * so the routes convert the keys on the way out. Only plain objects are walked (a Date stays a Date for JSON.stringify);
 * a key with no lower-to-upper boundary, such as a state code (TX) or task_force, is kept as it is.
 */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys)
  if (value === null || typeof value !== 'object') return value
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase(), snakeKeys(v)]))
}
