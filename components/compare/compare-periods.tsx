import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { serializeCompareSearch, type CompareSearch } from '@/lib/compare/search-params'

const PERIODS = [
  { key: 'all', from: null, to: null },
  { key: 'phaseOut', from: '2010-10', to: '2013-03' },
  { key: 'surge', from: '2024-12', to: null },
] as const

/** Preset ranges of months; the chart's brush zooms further without leaving the page. */
export function ComparePeriods({ search }: { search: CompareSearch }) {
  const t = useTranslations('compare.periods')
  return (
    <nav aria-label={t('label')} className="flex flex-wrap gap-3 text-sm">
      {PERIODS.map((p) => {
        const current = search.from === p.from && search.to === p.to
        return (
          <Link key={p.key} href={`/compare${serializeCompareSearch({ ...search, from: p.from, to: p.to })}`} aria-current={current ? 'page' : undefined} className={current ? 'font-semibold' : undefined}>
            {t(p.key)}
          </Link>
        )
      })}
    </nav>
  )
}
