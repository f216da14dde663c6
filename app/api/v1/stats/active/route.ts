import { NextResponse, type NextRequest } from 'next/server'
import { readAsOf, snakeKeys } from '@/lib/api'
import { activeStats } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const asOf = readAsOf(request.nextUrl.searchParams)
  if (!asOf.ok) return asOf.response
  return NextResponse.json(snakeKeys(await activeStats(asOf.asOf)))
}
