import { useLocale, useTranslations } from 'next-intl'
import type { Notice } from '@/lib/i18n/notice'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { StateShape } from '@/lib/geo/states'
import { formatStateSort, isDefaultStateSort, type StateSort } from '@/lib/states/page-params'
import type { StateSummary } from '@/lib/states/queries'
import type { Basis } from '@/lib/stats/basis'
import { AsOfForm } from './as-of-form'
import { BasisNote } from '@/components/layout/basis-note'
import { Notices } from './notices'
import { StateMap } from './state-map'
import { StatesTable } from './states-table'

interface StatesOverviewProps {
  asOf: string
  asOfParam: string | null
  today: string
  basis: Basis | null
  gap: boolean
  updated: string | null
  states: StateSummary[]
  sort: StateSort
  map: { shapes: StateShape[]; borders: string; viewBox: string }
  notices: Notice[]
}

export function StatesOverview({ asOf, asOfParam, today, basis, gap, updated, states, sort, map, notices }: StatesOverviewProps) {
  const q = asOfParam ? `?as_of=${asOfParam}` : ''
  const territories = states.filter((s) => s.territory)
  const total = states.reduce((n, s) => n + s.total, 0)
  const t = useTranslations('states')
  const locale = useLocale()
  const listName = useListLabel()
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <BasisNote asOf={asOf} basis={basis} updated={updated} />
        <Notices notices={notices} />
        <AsOfForm asOf={asOf} max={today} keep={isDefaultStateSort(sort) ? {} : { sort: formatStateSort(sort) }} />
      </div>
      {!gap && (
        <p>
          {t.rich('summary', {
            total: formatNumber(total, locale),
            states: states.filter((s) => s.total > 0).length,
            date: asOf,
            big: (c) => <span className="text-2xl font-bold tabular">{c}</span>,
          })}{' '}
          <Link href={`/agreements${asOfParam ? `?as_of=${asOfParam}` : ''}`}>{t('seeAll')}</Link>.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_14rem]">
        <StateMap {...map} states={states} asOf={asOf} query={q} gap={gap} />
        <section aria-labelledby="territories">
          <h2 id="territories" className="text-base font-semibold">{t('territories')}</h2>
          <p className="text-xs text-muted">{t('notDrawn')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {territories.map((s) => (
              <li key={s.code}>
                <Link href={`/states/${s.code}${q}`}>{s.name}</Link>: {gap ? t('unknown') : <span className="tabular">{t('active', { count: formatNumber(s.total, locale) })}</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <StatesTable rows={states} sort={sort} asOf={asOf} asOfParam={asOfParam} gap={gap} caption={t('caption', { date: asOf, basis: basis ? t('captionBasis', { label: listName(basis.label) }) : '' })} />
    </div>
  )
}
