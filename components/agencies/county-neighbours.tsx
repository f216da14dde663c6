import { Link } from '@/lib/i18n/navigation'
import { AGENCY_TYPE_LABELS, type AgencyType } from '@/lib/agreements/schema'

interface CountyNeighboursProps {
  countyName: string | null
  neighbours: { id: number; name: string; type: string; agreements: number }[]
}

export function CountyNeighbours({ countyName, neighbours }: CountyNeighboursProps) {
  return (
    <section aria-labelledby="neighbours" className="space-y-2">
      <h2 id="neighbours" className="text-lg font-semibold">Other agencies in {countyName ?? 'the same county'}</h2>
      {neighbours.length === 0 ? (
        <p className="text-muted">{countyName ? `No other agency in ${countyName} is on an ICE list we hold.` : 'ICE gives no county for this agency.'}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {neighbours.map((n) => (
            <li key={n.id}>
              <Link href={`/agencies/${n.id}`}>{n.name}</Link>{' '}
              <span className="text-muted">({AGENCY_TYPE_LABELS[n.type as AgencyType] ?? n.type}; {n.agreements} agreement{n.agreements === 1 ? '' : 's'})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
