import { NextResponse } from 'next/server'
import { snakeKeys } from '@/lib/api'
import { listSnapshots } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

export async function GET() {
  const items = await listSnapshots()
  return NextResponse.json(snakeKeys({ total: items.length, items }))
}
