import { NextResponse } from 'next/server'
import { notFound, readId, snakeKeys } from '@/lib/api'
import { getAgency } from '@/lib/cache/reads-scoped'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const agencyId = readId(id)
  const agency = agencyId === null ? null : await getAgency(agencyId)
  if (!agency) return notFound(`No agency with id ${id}`)
  return NextResponse.json(snakeKeys(agency))
}
