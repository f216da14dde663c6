import type { NextRequest } from 'next/server'
import { apiError } from '@/lib/api'
import { env } from '@/lib/env'
import { changesAtom } from '@/lib/feeds/atom'
import { ChangesFeedSchema, parseFeedParams } from '@/lib/feeds/params'
import { lastUpdated, listChanges } from '@/lib/cache/reads'
import { feedAgency } from '@/lib/cache/reads-scoped'

export const dynamic = 'force-dynamic'

const DEFAULT_LIMIT = 500

export async function GET(request: NextRequest) {
  const parsed = parseFeedParams(ChangesFeedSchema, request.nextUrl.searchParams)
  if (!parsed.ok) return apiError(400, parsed.error)
  const { state, agency: agencyId, limit } = parsed.value
  const agency = agencyId ? await feedAgency(agencyId) : null
  if (agencyId && !agency) return apiError(404, { code: 'not_found', message: `No agency with id ${agencyId}`, field: 'agency' })
  const [changes, updated] = await Promise.all([listChanges({ states: state, agencyId, limit: limit ?? DEFAULT_LIMIT }), lastUpdated()])
  const origin = env.SITE_URL
  const body = changesAtom(changes, { origin, selfUrl: `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`, states: state, agency, updated })
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
