import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { AGENCY_TYPE_LABELS, MODEL_LABELS, type AgencyType, type AgreementModel } from '@/lib/agreements/schema'

interface StateAgenciesProps {
  stateName: string
  asOf: string
  agencies: { id: number; name: string; type: string; county: string | null; agreements: number; models: AgreementModel[]; activeModels: AgreementModel[] }[]
  total: number
  page: number
  pageCount: number
  /** The state page showing another page of agencies. */
  pageHref: (page: number) => string
}

const models = (ms: AgreementModel[]) => (ms.length ? ms.map((m) => MODEL_LABELS[m]).join(', ') : '—')

export function StateAgencies({ stateName, asOf, agencies, total, page, pageCount, pageHref }: StateAgenciesProps) {
  const t = useTranslations('state')
  const locale = useLocale()
  return (
    <section aria-labelledby="agencies" className="space-y-2">
      <h2 id="agencies" className="text-lg font-semibold">{t('agencies', { count: formatNumber(total, locale) })}</h2>
      {total === 0 ? (
        <p className="text-muted">No agency in {stateName} appears on any ICE list we hold.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="stack-table w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">
              Every agency in {stateName} on an ICE list we hold, with its agreements (any date) and the models active on {asOf}
              {pageCount > 1 && `; page ${page} of ${pageCount}, by name`}.
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
                  <td data-label="Type" className="px-2 py-1">{AGENCY_TYPE_LABELS[a.type as AgencyType] ?? a.type}</td>
                  <td data-label="County" className="px-2 py-1">{a.county ?? '—'}</td>
                  <td data-label="Agreements" className="px-2 py-1 tabular sm:text-right">{a.agreements}</td>
                  <td data-label="Models listed" className="px-2 py-1">{models(a.models)}</td>
                  <td data-label={`Active on ${asOf}`} className="px-2 py-1">{models(a.activeModels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pageCount > 1 && <AgencyPages page={page} pageCount={pageCount} total={total} shown={agencies.length} pageHref={pageHref} />}
        </div>
      )}
    </section>
  )
}

function AgencyPages({ page, pageCount, total, shown, pageHref }: { page: number; pageCount: number; total: number; shown: number; pageHref: (p: number) => string }) {
  const link = (to: number, label: string) => (to >= 1 && to <= pageCount && to !== page ? <Link href={`${pageHref(to)}#agencies`} scroll={false}>{label}</Link> : <span className="text-muted">{label}</span>)
  return (
    <nav aria-label="Pages of agencies" className="mt-2 flex flex-wrap items-center gap-3 text-sm [&_a]:inline-block [&_a]:py-1">
      <span className="tabular">{shown} of {total} agencies · page {page} of {pageCount}</span>
      {link(1, 'First')}
      {link(page - 1, 'Previous')}
      {link(page + 1, 'Next')}
      {link(pageCount, 'Last')}
    </nav>
  )
}
