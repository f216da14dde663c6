import { useLocale, useTranslations } from 'next-intl'
import { formatNumber, formatPercent } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { MODEL_SERIES } from '@/components/charts/series'
import type { SparkPoint } from './sparkline-geometry'
import { Sparkline } from './sparkline'

interface PhaseOutCardProps {
  taskForces: SparkPoint[]
  jail: SparkPoint[]
  /** Task-force agreements active on Dec 1, 2012 with an expiry of Dec 31, 2012. */
  ending: number
  expiringHref: string
  sc: { counties_activated: number; counties_total: number; share: number }
}

const SCPR = 'https://www.scpr.org/blogs/multiamerican/2012/12/27/11741/'
const CIS = 'https://cis.org/vaughan/ice-cancels-enforcement-agreements-32-local-partners'

/** The 2012 phase-out: task forces on ICE's rosters, the agreements that ended Dec 31, 2012, and why the press said 25. */
export function PhaseOutCard({ taskForces, jail, ending, expiringHref, sc }: PhaseOutCardProps) {
  const t = useTranslations('home.phaseOut')
  const labels = useTranslations('labels.model')
  const locale = useLocale()
  return (
    <section aria-labelledby="phase-out" className="rounded border border-line p-4">
      <h2 id="phase-out" className="text-base font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm">
        <Link href={expiringHref} className="text-2xl font-bold tabular">
          {formatNumber(ending, locale)}
        </Link>{' '}
        {t('ended')}
      </p>
      <p className="mt-1 text-sm" id="reconcile-25">
        {t.rich('press', { scpr: (c) => <a href={SCPR}>{c}</a>, cis: (c) => <a href={CIS}>{c}</a> })}
      </p>
      <div className="mt-2">
        <Sparkline
          id="phase-out"
          title={t('chartTitle')}
          label={t('chartLabel', { from: taskForces[0]?.month ?? '', to: taskForces.at(-1)?.month ?? '' })}
          series={[
            { key: 'task_force', label: labels('task_force'), color: MODEL_SERIES.task_force.color, dash: MODEL_SERIES.task_force.dash, points: taskForces },
            { key: 'jail', label: labels('jail_enforcement'), color: MODEL_SERIES.jail_enforcement.color, dash: MODEL_SERIES.jail_enforcement.dash, points: jail },
          ]}
        />
      </div>
      <p className="mt-1 text-xs text-muted">
        {t('sc', { activated: formatNumber(sc.counties_activated, locale), total: formatNumber(sc.counties_total, locale), share: formatPercent(sc.share, locale) })}{' '}
        <Link href="/policy#2012-12-31-task-force-expiry">{t('sequence')}</Link> · <Link href="/sources">{t('rosters')}</Link>
      </p>
    </section>
  )
}
