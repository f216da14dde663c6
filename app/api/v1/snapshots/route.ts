import { NextResponse } from 'next/server'
import { listSnapshots } from '@/lib/snapshots/queries'

export const dynamic = 'force-dynamic'

export async function GET() {
  const items = await listSnapshots()
  return NextResponse.json({ total: items.length, items })
}
