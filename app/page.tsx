import { getTranslations } from 'next-intl/server'
import { MapLink } from '@/components/home/map-link'
import { NewestList } from '@/components/home/newest-list'
import { PhaseOutCard } from '@/components/home/phase-out-card'
import { SurgeCard } from '@/components/home/surge-card'
import { WeekChanges } from '@/components/home/week-changes'
import { ModelCounts } from '@/components/stats/model-counts'
import { serializeAgreementSearch } from '@/lib/agreements/search-params'
import { todayIso } from '@/lib/dates'
import { activeStats, countExpiringBy, getHomeCharts, getNewestList, listWeekChanges, secureCommunitiesStats } from '@/lib/cache/reads'
import { Link } from '@/lib/i18n/navigation'

export const dynamic = 'force-dynamic'

const PHASE_OUT = { as_of: '2012-12-01', expires_before: '2013-01-01' }

export default async function HomePage() {
  const newest = await getNewestList(todayIso())
  const newestAsOf = newest?.as_of ?? todayIso()
  const [now, charts, week, ending, sc, t] = await Promise.all([
    activeStats(newestAsOf),
    getHomeCharts(newestAsOf),
    listWeekChanges(),
    countExpiringBy(PHASE_OUT.as_of, PHASE_OUT.expires_before),
    secureCommunitiesStats('2012-12-31'),
    getTranslations('home'),
  ])
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t('lede')}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <NewestList list={newest} />
        <div className="md:col-span-2">
          <ModelCounts title={t('onNewest')} asOf={newestAsOf} total={now.total} byModel={now.by_model} basis={now.basis} href={`/agreements?as_of=${newestAsOf}`} />
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SurgeCard points={charts.surge} newestAsOf={newestAsOf} />
        <PhaseOutCard
          taskForces={charts.phaseOut}
          jail={charts.phaseOutJail}
          ending={ending.byModel.task_force ?? 0}
          expiringHref={`/agreements${serializeAgreementSearch(PHASE_OUT)}`}
          sc={sc}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <WeekChanges changes={week} />
        <MapLink />
      </div>
      <p>
        <Link href="/trends">{t('trendsLink')}</Link>
      </p>
    </div>
  )
}
