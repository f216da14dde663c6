import Link from 'next/link'
import { AGENCY_TYPE_LABELS, MODEL_LABELS, type AgencyType, type AgreementModel } from '@/lib/agreements/schema'

interface StateAgenciesProps {
  stateName: string
  asOf: string
  agencies: { id: number; name: string; type: string; county: string | null; agreements: number; models: AgreementModel[]; activeModels: AgreementModel[] }[]
}

const models = (ms: AgreementModel[]) => (ms.length ? ms.map((m) => MODEL_LABELS[m]).join(', ') : '—')

export function StateAgencies({ stateName, asOf, agencies }: StateAgenciesProps) {
  return (
    <section aria-labelledby="agencies" className="space-y-2">
      <h2 id="agencies" className="text-lg font-semibold">Agencies ({agencies.length})</h2>
      {agencies.length === 0 ? (
        <p className="text-muted">No agency in {stateName} appears on any ICE list we hold.</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">
              Every agency in {stateName} on an ICE list we hold, with its agreements (any date) and the models active on {asOf}.
            </caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">Agency</th>
                <th scope="col" className="px-2 py-1">Type</th>
                <th scope="col" className="px-2 py-1">County</th>
                <th scope="col" className="px-2 py-1 text-right">Agreements</th>
                <th scope="col" className="px-2 py-1">Models listed</th>
                <th scope="col" className="px-2 py-1">Active on {asOf}</th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((a) => (
                <tr key={a.id} className="border-b border-line">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/agencies/${a.id}`}>{a.name}</Link>
                  </th>
                  <td className="px-2 py-1">{AGENCY_TYPE_LABELS[a.type as AgencyType] ?? a.type}</td>
                  <td className="px-2 py-1">{a.county ?? '—'}</td>
                  <td className="px-2 py-1 text-right tabular">{a.agreements}</td>
                  <td className="px-2 py-1">{models(a.models)}</td>
                  <td className="px-2 py-1">{models(a.activeModels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
