import type { ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { upperFirst, useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { PendingList, PendingOutcome } from '@/lib/pending/queries'
import { stateName } from '@/lib/states'
import { sourceListHref } from '@/lib/sources/links'

interface PendingListProps {
  list: PendingList
}


export function PendingListSection({ list }: PendingListProps) {
  const h = `pending-${list.id}`
  const t = useTranslations('pending')
  const models = useTranslations('labels.model')
  const listName = useListLabel()
  const days = (n: number | null) => (n === null ? '—' : n < 0 ? t('daysBefore', { days: -n }) : t('days', { days: n }))
  const outcome = (o: PendingOutcome) => t(`outcomes.${o}`)
  const b = (c: ReactNode) => <strong>{c}</strong>
  return (
    <section aria-labelledby={h} className="space-y-3">
      <h2 id={h} className="text-lg font-semibold">{upperFirst(listName(list.label))}</h2>
      <p className="text-sm">
        {t.rich('rows', {
          rows: list.rows.length,
          file: list.fileName,
          link: (c) => <Link href={sourceListHref(list.id)}>{c}</Link>,
          orig: (c) => <a href={`/api/v1/snapshots/${list.id}/file`}>{c}<span className="sr-only"> {list.fileName}</span></a>,
        })}{' '}
        {t.rich('counts', { signed: list.counts.signed, vanished: list.counts.vanished, b })}
        {list.counts.stillPending > 0 && t('stillPending', { count: list.counts.stillPending })}.
        {list.medianDaysToSigning !== null && t('median', { days: list.medianDaysToSigning })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-muted">
            {t('caption', { label: listName(list.label), date: list.asOf })}
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-1 text-right">{t('cols.row')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.agency')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.state')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.model')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.outcome')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.signed')}</th>
              <th scope="col" className="px-2 py-1 text-right">{t('cols.toSigning')}</th>
              <th scope="col" className="px-2 py-1">{t('cols.firstListed')}</th>
              <th scope="col" className="px-2 py-1 text-right">{t('cols.toListing')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.row} className="border-b border-line align-top">
                <td className="px-2 py-1 text-right tabular">{r.row}</td>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <Link href={`/agencies/${r.agency.id}`}>{r.agency.name}</Link>
                  {r.agencyRaw.trim() !== r.agency.name && <span className="block text-xs text-muted">{t('ice', { raw: r.agencyRaw.trim() })}</span>}
                </th>
                <td className="px-2 py-1">{stateName(r.agency.state)}</td>
                <td className="px-2 py-1">{models(r.model)}</td>
                <td className="px-2 py-1">
                  {outcome(r.outcome)}
                  {r.otherModels.map((o) => (
                    <span key={o.id} className="block text-xs text-muted">{t('listedAs', { model: models(o.model).toLowerCase(), date: o.firstListedOn })}</span>
                  ))}
                </td>
                <td className="px-2 py-1 tabular">{r.signedOn ?? '—'}</td>
                <td className="px-2 py-1 text-right tabular">{days(r.daysToSigning)}</td>
                <td className="px-2 py-1">{r.firstListed ? <Link href={sourceListHref(r.firstListed.listId)}>{t('row', { label: listName(r.firstListed.label), row: r.firstListed.row })}</Link> : '—'}</td>
                <td className="px-2 py-1 text-right tabular">{days(r.daysToListing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
