import { Link } from '@/lib/i18n/navigation'
import { serializeCompareSearch, type CompareSearch } from '@/lib/compare/search-params'

const PERIODS = [
  { label: 'All lists (2010–)', from: null, to: null },
  { label: '2010–2013 phase-out', from: '2010-10', to: '2013-03' },
  { label: '2025– surge', from: '2024-12', to: null },
] as const

/** Preset ranges of months; the chart's brush zooms further without leaving the page. */
export function ComparePeriods({ search }: { search: CompareSearch }) {
  return (
    <nav aria-label="Period" className="flex flex-wrap gap-3 text-sm">
      {PERIODS.map((p) => {
        const current = search.from === p.from && search.to === p.to
        return (
          <Link key={p.label} href={`/compare${serializeCompareSearch({ ...search, from: p.from, to: p.to })}`} aria-current={current ? 'page' : undefined} className={current ? 'font-semibold' : undefined}>
            {p.label}
          </Link>
        )
      })}
    </nav>
  )
}
