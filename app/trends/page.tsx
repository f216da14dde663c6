import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ChartPatterns } from '@/components/charts/chart'
import { ExpirationsSection, NewAgreementsSection, PhaseOutSection, StateSection } from '@/components/charts/trend-sections'
import { chartLayout } from '@/components/charts/layout'
import { ViewControls } from '@/components/charts/view-controls'
import { todayIso } from '@/lib/dates'
import { readViewParams } from '@/lib/stats/view-params'
import { agreementsByState, expirationsByMonth, newAgreementsByMonth, phaseOutChart } from '@/lib/cache/reads-charts'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trends'))('metaTitle') }
}

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const today = todayIso()
  const view = readViewParams(await searchParams, today)
  const [layout, phase, fresh, byState, expiries, t] = await Promise.all([
    chartLayout(),
    phaseOutChart(view.range, today),
    newAgreementsByMonth(today),
    agreementsByState(view.asOf),
    expirationsByMonth(),
    getTranslations('trends'),
  ])
  return (
    <div className="space-y-6">
      <ChartPatterns />
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t('lede')}
        </p>
      </div>
      <ViewControls path="/trends" asOf={view.asOf} today={today} range={view.range} notices={view.notices} />
      <PhaseOutSection data={phase} view={view} layout={layout} />
      <NewAgreementsSection data={fresh} layout={layout} />
      <StateSection data={byState} view={view} layout={layout} />
      <ExpirationsSection data={expiries} layout={layout} />
    </div>
  )
}
