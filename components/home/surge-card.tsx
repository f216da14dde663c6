import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import type { SparkPoint } from './sparkline-geometry'
import { Sparkline } from './sparkline'

interface SurgeCardProps {
  points: SparkPoint[]
  newestAsOf: string
}

/** The 2025–26 surge: all active agreements by month, up to the newest list (nothing drawn past it). */
export function SurgeCard({ points, newestAsOf }: SurgeCardProps) {
  const listed = points.filter((p): p is { month: string; value: number } => p.value !== null)
  const first = listed.find((p) => p.month >= '2025-01')
  const last = listed.at(-1)
  const t = useTranslations('home.surge')
  const all = useTranslations('labels')('allModels')
  const locale = useLocale()
  return (
    <section aria-labelledby="surge" className="rounded border border-line p-4">
      <h2 id="surge" className="text-base font-semibold">
        {t('title')}
      </h2>
      {first && last && (
        <p className="mt-1 text-sm">
          {t.rich('text', {
            first: formatNumber(first.value, locale),
            last: formatNumber(last.value, locale),
            month: first.month,
            date: newestAsOf,
            b: (c) => <strong className="tabular">{c}</strong>,
          })}
        </p>
      )}
      <div className="mt-2">
        <Sparkline
          id="surge"
          title={t('chartTitle')}
          label={t('chartLabel', { from: points[0]?.month ?? '', to: points.at(-1)?.month ?? '' })}
          series={[{ key: 'total', label: all, color: 'var(--color-accent)', dash: '0', points }]}
        />
      </div>
      <p className="mt-1 text-xs text-muted">
        {t.rich('note', { link: (c) => <Link href="/trends">{c}</Link> })}
      </p>
    </section>
  )
}
