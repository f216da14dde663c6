import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import type { AgreementModel } from '@/lib/agreements/schema'

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


export function StateAgencies({ stateName, asOf, agencies, total, page, pageCount, pageHref }: StateAgenciesProps) {
  const t = useTranslations('state')
  const tt = useTranslations('state.table')
  const tl = useTranslations('labels')
  const models = (ms: AgreementModel[]) => (ms.length ? ms.map((m) => tl(`model.${m}`)).join(', ') : '—')
  const locale = useLocale()
  return (
    <section aria-labelledby="agencies" className="space-y-2">
      <h2 id="agencies" className="text-lg font-semibold">{t('agencies', { count: formatNumber(total, locale) })}</h2>
      {total === 0 ? (
        <p className="text-muted">{tt('noAgency', { name: stateName })}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="stack-table w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">
              {tt('agenciesCaption', { name: stateName, date: asOf, paged: pageCount > 1 ? 'yes' : 'no', page, pageCount })}
            </caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">{tt('agency')}</th>
                <th scope="col" className="px-2 py-1">{tt('type')}</th>
                <th scope="col" className="px-2 py-1">{tt('county')}</th>
                <th scope="col" className="px-2 py-1 text-right">{tt('agreements')}</th>
                <th scope="col" className="px-2 py-1">{tt('modelsListed')}</th>
                <th scope="col" className="px-2 py-1">{tt('activeOnCol', { date: asOf })}</th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((a) => (
                <tr key={a.id} className="border-b border-line">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/agencies/${a.id}`}>{a.name}</Link>
                  </th>
                  <td data-label={tt('type')} className="px-2 py-1">{tl.has(`agencyType.${a.type as 'other'}`) ? tl(`agencyType.${a.type as 'other'}`) : a.type}</td>
                  <td data-label={tt('county')} className="px-2 py-1">{a.county ?? '—'}</td>
                  <td data-label={tt('agreements')} className="px-2 py-1 tabular sm:text-right">{a.agreements}</td>
                  <td data-label={tt('modelsListed')} className="px-2 py-1">{models(a.models)}</td>
                  <td data-label={tt('activeOnCol', { date: asOf })} className="px-2 py-1">{models(a.activeModels)}</td>
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
  const tt = useTranslations('state.table')
  const link = (to: number, label: string) => (to >= 1 && to <= pageCount && to !== page ? <Link href={`${pageHref(to)}#agencies`} scroll={false}>{label}</Link> : <span className="text-muted">{label}</span>)
  return (
    <nav aria-label={tt('pagesLabel')} className="mt-2 flex flex-wrap items-center gap-3 text-sm [&_a]:inline-block [&_a]:py-1">
      <span className="tabular">{tt('pagesShown', { shown, total, page, pageCount })}</span>
      {link(1, tt('first'))}
      {link(page - 1, tt('previous'))}
      {link(page + 1, tt('next'))}
      {link(pageCount, tt('last'))}
    </nav>
  )
}
