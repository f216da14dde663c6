import { NextResponse, type NextRequest } from 'next/server'
import { badRequest, snakeKeys } from '@/lib/api'
import { AgencyQuerySchema } from '@/lib/agencies/query'
import { listAgencies } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const p = request.nextUrl.searchParams
  const res = AgencyQuerySchema.safeParse({
    q: p.get('q') ?? undefined,
    state: p.getAll('state').flatMap((s) => s.split(',')).filter(Boolean),
    page: p.get('page') ?? undefined,
    per_page: p.get('per_page') ?? undefined,
  })
  if (!res.success) return badRequest(res.error.issues[0]!.message, String(res.error.issues[0]!.path[0] ?? ''))
  const { q, state, page, per_page } = res.data
  const result = await listAgencies({ q, states: state, page, perPage: per_page })
  return NextResponse.json(snakeKeys({ ...result, page, per_page }))
}
