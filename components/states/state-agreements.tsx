import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'
import type { AgreementItem } from '@/lib/agreements/queries'
import { sourceListHref } from '@/lib/sources/links'

interface StateAgreementsProps {
  stateName: string
  asOf: string
  items: AgreementItem[]
  tableHref: string
  gap: boolean
}

export function StateAgreements({ stateName, asOf, items, tableHref, gap }: StateAgreementsProps) {
  const t = useTranslations('state')
  return (
    <section aria-labelledby="agreements" className="space-y-2">
      <h2 id="agreements" className="text-lg font-semibold">{t('activeOn', { date: asOf })}</h2>
      <p className="text-sm">
        <Link href={tableHref}>Filter, sort and export these in the agreements table</Link>
      </p>
      {gap ? (
        <p className="text-muted">No ICE list we hold covers {asOf}, so which agreements were active is unknown.</p>
      ) : items.length === 0 ? (
        <p className="text-muted">No active agreement in {stateName} on {asOf}.</p>
      ) : (
        <div className="relative max-h-[32rem] overflow-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">{items.length} agreements in {stateName} active on {asOf}, with the newest list each appears on.</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">Agency</th>
                <th scope="col" className="px-2 py-1">Model</th>
                <th scope="col" className="px-2 py-1">Signed</th>
                <th scope="col" className="px-2 py-1">First listed</th>
                <th scope="col" className="px-2 py-1">Source</th>
                <th scope="col" className="px-2 py-1">MOA</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => {
                const run = a.listed.filter((s) => s.from.as_of <= asOf).at(-1)
                const src = run && (run.to.as_of <= asOf ? run.to : run.from)
                return (
                  <tr key={`${a.id}`} className="border-b border-line">
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      <Link href={`/agencies/${a.agency.id}#agreement-${a.id}`}>{a.agency.name}</Link>
                    </th>
                    <td className="px-2 py-1">{MODEL_LABELS[a.model as AgreementModel]}</td>
                    <td className="px-2 py-1 tabular">{a.signed_on ?? 'unknown'}</td>
                    <td className="px-2 py-1 tabular">{a.first_listed_on ?? '—'}</td>
                    <td className="px-2 py-1">{src ? <Link href={sourceListHref(src.list_id)}>{src.list}, row {src.row}</Link> : '—'}</td>
                    <td className="px-2 py-1">{a.moa_url ? <a href={a.moa_url}>MOA PDF<span className="sr-only"> for {a.agency.name}</span></a> : '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
