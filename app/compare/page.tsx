import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ChartData } from '@/components/charts/chart-data'
import { CompareChartLoader } from '@/components/compare/compare-chart-loader'
import { ComparePeriods } from '@/components/compare/compare-periods'
import { ComparePicker } from '@/components/compare/compare-picker'
import { Notices } from '@/components/states/notices'
import { compareNotices, compareTable } from '@/lib/compare/present'
import { loadCompareSearch, normaliseCompare, withItem } from '@/lib/compare/search-params'
import { todayIso } from '@/lib/dates'
import { compareOverTime, listAgencies } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Compare states and agencies' }

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const search = loadCompareSearch(raw)
  if (typeof raw.add === 'string') redirect(`/compare${withItem(search, raw.add, 'add')}`)
  const sel = normaliseCompare(search)
  const agencyQuery = typeof raw.agency_q === 'string' ? raw.agency_q.trim().slice(0, 200) : ''
  const [data, found] = await Promise.all([
    compareOverTime(sel, todayIso()),
    agencyQuery ? listAgencies({ q: agencyQuery, states: [], page: 1, perPage: 10 }) : null,
  ])
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Compare states and agencies</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Active 287(g) agreements at the end of each month, {data.from} to {data.to}, beside the national total. Months no ICE list we hold covers are
          gaps, not zeros; nothing is drawn after the newest list{data.newest ? ` (${data.newest.as_of})` : ''}.
        </p>
      </div>
      <Notices notices={compareNotices(sel.dropped, data.unknownAgencies)} />
      <ComparePicker search={sel} series={data.series} agencyQuery={agencyQuery} agencyResults={found?.items ?? null} />
      <section aria-labelledby="chart" className="space-y-2 rounded border border-line p-4">
        <h2 id="chart" className="text-base font-semibold">
          Active agreements by month
        </h2>
        <ComparePeriods search={search} />
        <figure aria-label="Active 287(g) agreements by month for the compared states and agencies and the national total">
          <CompareChartLoader series={data.series} rows={data.rows} />
        </figure>
        <ChartData title="Compared series by month" table={compareTable(data)} />
      </section>
    </div>
  )
}
