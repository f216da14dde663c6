import { NextResponse } from 'next/server'
import { z } from 'zod'
import { isIsoDate, todayIso } from './dates.ts'

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

/** `as_of` as every endpoint reads it: optional, a real calendar date, not in the future. */
export function readAsOf(params: URLSearchParams): { ok: true; asOf: string } | { ok: false; response: NextResponse } {
  const raw = params.get('as_of')
  if (raw === null || raw === '') return { ok: true, asOf: todayIso() }
  if (!isIsoDate(raw)) return { ok: false, response: badRequest(`as_of must be a real date written YYYY-MM-DD (got "${raw}")`, 'as_of') }
  if (raw > todayIso()) return { ok: false, response: badRequest(`as_of cannot be in the future (today is ${todayIso()})`, 'as_of') }
  return { ok: true, asOf: raw }
}

export const IdSchema = z.coerce.number().int().positive().max(2 ** 31 - 1)

export function readId(raw: string): number | null {
  const res = IdSchema.safeParse(raw)
  return res.success && /^\d+$/.test(raw) ? res.data : null
}
