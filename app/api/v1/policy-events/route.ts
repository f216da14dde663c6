import { NextResponse } from 'next/server'
import { listCriteriaSets, listPolicyEvents } from '@/lib/policy/queries'

export const dynamic = 'force-dynamic'

export async function GET() {
  const [items, criteria] = await Promise.all([listPolicyEvents(), listCriteriaSets()])
  return NextResponse.json({ total: items.length, items, criteria })
}
