import { useTranslations } from 'next-intl'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
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
  const tt = useTranslations('state.table')
  const tl = useTranslations('labels')
  const listName = useListLabel()
  return (
    <section aria-labelledby="agreements" className="space-y-2">
      <h2 id="agreements" className="text-lg font-semibold">{t('activeOn', { date: asOf })}</h2>
      <p className="text-sm">
        <Link href={tableHref}>{tt('filterLink')}</Link>
      </p>
      {gap ? (
        <p className="text-muted">{tt('gap', { date: asOf })}</p>
      ) : items.length === 0 ? (
        <p className="text-muted">{tt('noneActive', { name: stateName, date: asOf })}</p>
      ) : (
        <div className="relative max-h-[32rem] overflow-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">{tt('agreementsCaption', { count: items.length, name: stateName, date: asOf })}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">{tt('agency')}</th>
                <th scope="col" className="px-2 py-1">{tt('model')}</th>
                <th scope="col" className="px-2 py-1">{tt('signed')}</th>
                <th scope="col" className="px-2 py-1">{tt('firstListed')}</th>
                <th scope="col" className="px-2 py-1">{tt('source')}</th>
                <th scope="col" className="px-2 py-1">{tt('moa')}</th>
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
                    <td className="px-2 py-1">{tl(`model.${a.model as 'task_force'}`)}</td>
                    <td className="px-2 py-1 tabular">{a.signed_on ?? tt('unknown')}</td>
                    <td className="px-2 py-1 tabular">{a.first_listed_on ?? '—'}</td>
                    <td className="px-2 py-1">{src ? <Link href={sourceListHref(src.list_id)}>{tt('row', { list: listName(src.list), row: src.row })}</Link> : '—'}</td>
                    <td className="px-2 py-1">{a.moa_url ? <a href={a.moa_url}>{tt('moaPdf')}<span className="sr-only">{tt('moaFor', { name: a.agency.name })}</span></a> : '—'}</td>
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
