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
  notices: string[]
}

export function StatesOverview({ asOf, asOfParam, today, basis, gap, updated, states, sort, map, notices }: StatesOverviewProps) {
  const q = asOfParam ? `?as_of=${asOfParam}` : ''
  const territories = states.filter((s) => s.territory)
  const total = states.reduce((n, s) => n + s.total, 0)
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">287(g) agreements by state</h1>
        <BasisNote asOf={asOf} basis={basis} updated={updated} />
        <Notices notices={notices} />
        <AsOfForm asOf={asOf} max={today} keep={isDefaultStateSort(sort) ? {} : { sort: formatStateSort(sort) }} />
      </div>
      {!gap && (
        <p>
          <span className="text-2xl font-bold tabular">{total.toLocaleString('en-US')}</span> active agreements in{' '}
          {states.filter((s) => s.total > 0).length} states and territories on {asOf}.{' '}
          <Link href={`/agreements${asOfParam ? `?as_of=${asOfParam}` : ''}`}>See them all in the agreements table</Link>.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_14rem]">
        <StateMap {...map} states={states} asOf={asOf} query={q} gap={gap} />
        <section aria-labelledby="territories">
          <h2 id="territories" className="text-base font-semibold">Territories</h2>
          <p className="text-xs text-muted">Not drawn on the map.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {territories.map((t) => (
              <li key={t.code}>
                <Link href={`/states/${t.code}${q}`}>{t.name}</Link>: {gap ? 'unknown' : <span className="tabular">{t.total} active</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <StatesTable rows={states} sort={sort} asOf={asOf} asOfParam={asOfParam} gap={gap} caption={`Active 287(g) agreements by state and model on ${asOf}${basis ? ` (basis: ${basis.label})` : ''}. Agencies: agencies holding at least one active agreement.`} />
    </div>
  )
}
