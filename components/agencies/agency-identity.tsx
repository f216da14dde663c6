import { Link } from '@/lib/i18n/navigation'
import { AGENCY_TYPE_LABELS, type AgencyType } from '@/lib/agreements/schema'
import { stateName } from '@/lib/states'

interface AgencyIdentityProps {
  agency: {
    name: string
    state: string
    type: string
    typeRaw: string | null
    countyName: string | null
    countyFips: string | null
    /** Why there is no county FIPS code. */
    countyNote: string | null
    names: { name: string; firstSeenOn: string | null; lastSeenOn: string | null }[]
  }
  county: { fips: string; name: string; scActivatedOn: string | null; scActivationMonth: string | null } | null
}

export function AgencyIdentity({ agency, county }: AgencyIdentityProps) {
  return (
    <section aria-labelledby="identity" className="space-y-2">
      <h2 id="identity" className="text-lg font-semibold">Identity</h2>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">State</dt>
        <dd><Link href={`/states/${agency.state}`}>{stateName(agency.state)}</Link></dd>
        <dt className="text-muted">Type</dt>
        <dd>
          {AGENCY_TYPE_LABELS[agency.type as AgencyType] ?? agency.type}
          {agency.typeRaw && <span className="text-muted"> (ICE: “{agency.typeRaw.trim()}”)</span>}
        </dd>
        <dt className="text-muted">County</dt>
        <dd>
          {agency.countyName ?? 'not given'}
          {agency.countyFips && <span className="text-muted"> (FIPS {agency.countyFips})</span>}
          {!agency.countyFips && agency.countyNote && <span className="text-muted"> — no county code: {agency.countyNote}</span>}
        </dd>
        <dt className="text-muted">Secure Communities</dt>
        <dd>
          {county?.scActivatedOn || county?.scActivationMonth
            ? `${county.name} activated ${county.scActivatedOn ?? `in ${county.scActivationMonth}`}`
            : county ? `no activation date for ${county.name} in the sources` : 'no county matched'}
        </dd>
      </dl>
      <table className="mt-2 border-collapse text-sm">
        <caption className="mb-1 text-left text-muted">Names as printed on ICE's lists</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="px-2 py-1">Name</th>
            <th scope="col" className="px-2 py-1">First seen</th>
            <th scope="col" className="px-2 py-1">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {agency.names.map((n) => (
            <tr key={n.name} className="border-b border-line">
              <td className="px-2 py-1">{n.name}</td>
              <td className="px-2 py-1 tabular">{n.firstSeenOn ?? '—'}</td>
              <td className="px-2 py-1 tabular">{n.lastSeenOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
