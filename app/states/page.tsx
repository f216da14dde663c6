import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { StatesOverview } from '@/components/states/states-overview'
import { todayIso } from '@/lib/dates'
import { STATE_MAP_VIEWBOX, stateShapes } from '@/lib/geo/states'
import { readAsOfParam, readStateSort, sortStates } from '@/lib/states/page-params'
import { lastUpdated, stateSummaries } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('states'))('metaTitle') }
}

export default async function StatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams
  const today = todayIso()
  const { asOf, notices: dateNotices } = readAsOfParam(raw, today)
  const { sort, notices: sortNotices } = readStateSort(raw)
  const [summary, updated] = await Promise.all([stateSummaries(asOf), lastUpdated()])
  return (
    <StatesOverview
      asOf={asOf}
      asOfParam={asOf === today ? null : asOf}
      today={today}
      basis={summary.basis}
      gap={summary.gap}
      updated={updated}
      states={sortStates(summary.states, sort)}
      sort={sort}
      map={{ ...stateShapes(), viewBox: STATE_MAP_VIEWBOX }}
      notices={[...dateNotices, ...sortNotices]}
    />
  )
}
