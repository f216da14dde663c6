import Link from 'next/link'
import type { AgencyTuple, PeriodTuple } from '@/lib/stats/counties'
import { agenciesOn } from './map-model'

interface StatewideAgenciesProps {
  agencies: AgencyTuple[]
  periods: PeriodTuple[]
  asOf: string
}

/** Agencies with no single county (state agencies, some city forces): listed, not smeared over the map. */
export function StatewideAgencies({ agencies, periods, asOf }: StatewideAgenciesProps) {
  const active = agenciesOn(agencies, periods, asOf, (a) => a[3] === null)
    .filter((a) => a.agreements.some((g) => g.activeOnAsOf))
    .sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name))
  return (
    <section aria-labelledby="statewide-title" className="rounded border border-line p-3 text-sm">
      <h2 id="statewide-title" className="font-semibold">
        Agencies without a county ({active.length})
      </h2>
      <p className="text-xs text-muted">State agencies and other agencies not tied to one county, with an agreement active on {asOf}.</p>
      {active.length > 0 && (
        <ul className="mt-2 max-h-80 space-y-1 overflow-auto">
          {active.map((a) => (
            <li key={a.id}>
              <span className="text-muted">{a.state}</span> <Link href={`/agencies/${a.id}`}>{a.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
