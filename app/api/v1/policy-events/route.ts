import { NextResponse } from 'next/server'
import { snakeKeys } from '@/lib/api'
import { listCriteriaSets, listPolicyEvents } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

export async function GET() {
  const [items, criteria] = await Promise.all([listPolicyEvents(), listCriteriaSets()])
  return NextResponse.json(snakeKeys({ total: items.length, items, criteria }))
}
