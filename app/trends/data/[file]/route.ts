import { notFound } from '@/lib/api'
import { toCsv } from '@/lib/stats/chart-tables'
import { trendTable } from '@/lib/stats/trend-tables'
import { isTrendChart, readViewParams } from '@/lib/stats/view-params'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, ctx: { params: Promise<{ file: string }> }) {
  const { file } = await ctx.params
  const chart = file.replace(/\.csv$/, '')
  if (!file.endsWith('.csv') || !isTrendChart(chart)) return notFound(`No chart data named ${file}`)
  const view = readViewParams(Object.fromEntries(new URL(request.url).searchParams))
  const body = toCsv(await trendTable(chart, view))
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="287g-${chart}${chart === 'by-state' ? `-${view.asOf}` : ''}.csv"` },
  })
}
