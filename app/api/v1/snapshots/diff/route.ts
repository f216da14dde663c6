import { NextResponse, type NextRequest } from 'next/server'
import { badRequest, notFound, readId, snakeKeys } from '@/lib/api'
import { diffSnapshots } from '@/lib/cache/reads-charts'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const ids: number[] = []
  for (const name of ['from', 'to'] as const) {
    const raw = params.get(name)
    const id = raw === null ? null : readId(raw)
    if (id === null) return badRequest(`${name} must be the id of a source list (a positive whole number; see /api/v1/snapshots)${raw === null ? '' : `, got "${raw}"`}`, name)
    ids.push(id)
  }
  const diff = await diffSnapshots(ids[0]!, ids[1]!)
  if ('missing' in diff && diff.missing) return notFound(`There is no source list with id ${diff.missing.join(' or ')}; see /api/v1/snapshots.`)
  return NextResponse.json(snakeKeys(diff))
}
