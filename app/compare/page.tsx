import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { redirect } from '@/lib/i18n/navigation'
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
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('compare'))('metaTitle') }
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const search = loadCompareSearch(raw)
  if (typeof raw.add === 'string') redirect({ href: `/compare${withItem(search, raw.add, 'add')}`, locale: await getLocale() })
  const sel = normaliseCompare(search)
  const agencyQuery = typeof raw.agency_q === 'string' ? raw.agency_q.trim().slice(0, 200) : ''
  const [data, found, t] = await Promise.all([
    compareOverTime(sel, todayIso()),
    agencyQuery ? listAgencies({ q: agencyQuery, states: [], page: 1, perPage: 10 }) : null,
    getTranslations('compare'),
  ])
  const series = data.series.map((s) => (s.kind === 'national' ? { ...s, label: t('national') } : s))
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t('lede', { from: data.from, to: data.to, newest: data.newest ? ` (${data.newest.as_of})` : '' })}
        </p>
      </div>
      <Notices notices={compareNotices(sel.dropped, data.unknownAgencies)} />
      <ComparePicker search={sel} series={series} agencyQuery={agencyQuery} agencyResults={found?.items ?? null} />
      <section aria-labelledby="chart" className="space-y-2 rounded border border-line p-4">
        <h2 id="chart" className="text-base font-semibold">
          {t('chart')}
        </h2>
        <ComparePeriods search={search} />
        <figure aria-label={t('figure')}>
          <CompareChartLoader series={series} rows={data.rows} />
        </figure>
        <ChartData title={t('table')} table={compareTable({ series, rows: data.rows })} />
      </section>
    </div>
  )
}
