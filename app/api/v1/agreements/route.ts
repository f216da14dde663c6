import { NextResponse, type NextRequest } from 'next/server'
import { apiError, badRequest, contentDisposition, withApiErrors } from '@/lib/api'
import { agreementsCsvStream, agreementsJsonStream } from '@/lib/agreements/export'
import { csvMetadata, exportFileName, exportProvenance, exportSearch } from '@/lib/agreements/export-meta'
import { parseAgreementQuery } from '@/lib/agreements/query'
import { env } from '@/lib/env'
import { agreementRange, basisAt } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'

const FORMATS = ['json', 'csv', 'export', 'csv-metadata'] as const

export const GET = withApiErrors(async (request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams)
  const format = params.get('format') ?? 'json'
  params.delete('format')
  if (!(FORMATS as readonly string[]).includes(format)) return badRequest(`format must be one of ${FORMATS.join(', ')}`, 'format')
  const parsed = parseAgreementQuery(params)
  if (!parsed.ok) return apiError(400, parsed.error)
  const q = parsed.query
  if (format === 'json') {
    const { total, items } = await agreementRange(q, (q.page - 1) * q.perPage, q.perPage)
    return NextResponse.json({ total, page: q.page, per_page: q.perPage, as_of: q.asOf, items })
  }
  const ctx = { siteUrl: env.SITE_URL, basis: await basisAt(q.asOf), generatedAt: new Date().toISOString() }
  if (format === 'csv-metadata')
    return NextResponse.json(csvMetadata(q, ctx), {
      headers: { 'Content-Type': 'application/csvm+json', 'Content-Disposition': contentDisposition(exportFileName(q, 'csv-metadata.json'), 'inline') },
    })
  if (format === 'export')
    return new Response(agreementsJsonStream(q, exportProvenance(q, ctx)), {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': contentDisposition(exportFileName(q, 'json')) },
    })
  return new Response(agreementsCsvStream(q), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': contentDisposition(exportFileName(q, 'csv')),
      Link: `<${env.SITE_URL}/api/v1/agreements?${exportSearch(q, 'csv-metadata')}>; rel="describedby"; type="application/csvm+json"`,
    },
  })
})
