import { NextResponse, type NextRequest } from 'next/server'
import { z } from 'zod'
import { badRequest, snakeKeys } from '@/lib/api'
import { listAgencies } from '@/lib/agencies/queries'
import { STATE_CODES } from '@/lib/states'

export const dynamic = 'force-dynamic'

const QuerySchema = z.object({
  q: z.string().max(200, 'q is at most 200 characters').default(''),
  state: z.array(z.enum(STATE_CODES, { message: 'state must be a USPS code such as TX' })).default([]),
  page: z.coerce.number({ message: 'page must be a number' }).int().min(1, 'page starts at 1').default(1),
  per_page: z.coerce.number({ message: 'per_page must be a number' }).int().min(1).max(1000, 'per_page is at most 1000').default(50),
})

export async function GET(request: NextRequest) {
  const p = request.nextUrl.searchParams
  const res = QuerySchema.safeParse({
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
