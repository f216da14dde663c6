import { NextResponse } from 'next/server'
import { z } from 'zod'
import { checkAsOf } from './as-of.ts'

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
  const check = checkAsOf(params.get('as_of'))
  return check.ok ? check : { ok: false, response: badRequest(check.message, 'as_of') }
}

export const IdSchema = z.coerce.number().int().positive().max(2 ** 31 - 1)

export function readId(raw: string): number | null {
  const res = IdSchema.safeParse(raw)
  return res.success && /^\d+$/.test(raw) ? res.data : null
}
