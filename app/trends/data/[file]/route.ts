import { NextResponse } from 'next/server'
import { contentDisposition, notFound, withApiErrors } from '@/lib/api'
import { todayIso } from '@/lib/dates'
import { env } from '@/lib/env'
import { chartCsv } from '@/lib/stats/chart-tables'
import { trendCsvMetadata, trendFileName } from '@/lib/stats/trend-tables'
import { csvHref, isTrendChart, readViewParams } from '@/lib/stats/view-params'
import { trendTable } from '@/lib/cache/reads-charts'

export const dynamic = 'force-dynamic'

const METADATA = '.csv-metadata.json'

/** `<chart>.csv` and its CSVW sidecar `<chart>.csv-metadata.json`. */
export const GET = withApiErrors(async (request: Request, ctx: { params: Promise<{ file: string }> }) => {
  const { file } = await ctx.params
  const metadata = file.endsWith(METADATA)
  const chart = metadata ? file.slice(0, -METADATA.length) : file.replace(/\.csv$/, '')
  if (!(metadata || file.endsWith('.csv')) || !isTrendChart(chart)) return notFound(`No chart data named ${file}`)
  const view = readViewParams(Object.fromEntries(new URL(request.url).searchParams))
  const table = await trendTable(chart, view, todayIso())
  if (metadata)
    return NextResponse.json(trendCsvMetadata(chart, view, table, env.SITE_URL, new Date().toISOString()), {
      headers: { 'content-type': 'application/csvm+json', 'content-disposition': contentDisposition(trendFileName(chart, view, 'csv-metadata.json'), 'inline') },
    })
  const sidecar = csvHref(chart, view).replace(/\.csv(\?|$)/, `${METADATA}$1`)
  return new Response(chartCsv(table), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': contentDisposition(trendFileName(chart, view)),
      link: `<${env.SITE_URL}${sidecar}>; rel="describedby"; type="application/csvm+json"`,
    },
  })
})
