import { NextResponse, type NextRequest } from 'next/server'
import { apiError, badRequest } from '@/lib/api'
import { agreementsCsv, agreementsJson } from '@/lib/agreements/export'
import { listAgreements, listAllAgreements } from '@/lib/agreements/queries'
import { parseAgreementQuery, searchParamsToObject } from '@/lib/agreements/query'
import { basisAt } from '@/lib/stats/basis'

export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const params = new URLSearchParams(request.nextUrl.searchParams)
  const format = params.get('format') ?? 'json'
  params.delete('format')
  if (!['json', 'csv', 'export'].includes(format)) return badRequest('format must be json, csv or export', 'format')
  const parsed = parseAgreementQuery(params)
  if (!parsed.ok) return apiError(400, parsed.error)
  const q = parsed.query
  if (format === 'json') {
    const { total, items } = await listAgreements(q)
    return NextResponse.json({ total, page: q.page, per_page: q.perPage, as_of: q.asOf, items })
  }
  const [items, basis] = await Promise.all([listAllAgreements(q), basisAt(q.asOf)])
  const filters = searchParamsToObject(params)
  delete filters.page
  delete filters.per_page
  const meta = { asOf: q.asOf, filters, generatedAt: new Date().toISOString(), basis: basis?.label ?? null }
  const name = `agreements-${q.asOf}`
  if (format === 'export')
    return NextResponse.json(agreementsJson(items, meta), { headers: { 'Content-Disposition': `attachment; filename="${name}.json"` } })
  return new NextResponse(agreementsCsv(items, meta), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
  })
}
