import type { NextRequest } from 'next/server'
import { apiError, contentDisposition } from '@/lib/api'
import { env } from '@/lib/env'
import { todayIso } from '@/lib/dates'
import { expirationsIcs } from '@/lib/feeds/ics'
import { ExpirationsFeedSchema, parseFeedParams } from '@/lib/feeds/params'
import { lastUpdated } from '@/lib/cache/reads'
import { upcomingExpirations } from '@/lib/cache/reads-scoped'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const parsed = parseFeedParams(ExpirationsFeedSchema, request.nextUrl.searchParams)
  if (!parsed.ok) return apiError(400, parsed.error)
  const { state, model } = parsed.value
  const [rows, updated] = await Promise.all([upcomingExpirations({ states: state, models: model }, todayIso()), lastUpdated()])
  const body = expirationsIcs(rows, { origin: env.SITE_URL, states: state, models: model, stamp: updated ? new Date(updated) : new Date(0) })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': contentDisposition('287g-expirations.ics', 'inline') } })
}
