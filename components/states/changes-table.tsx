import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { Change } from '@/lib/feeds/changes'
import { sourceListHref } from '@/lib/sources/links'

interface ChangesTableProps {
  changes: Change[]
  caption: string
  limit: number
  feedHref: string
}

export function ChangesTable({ changes, caption, limit, feedHref }: ChangesTableProps) {
  const tt = useTranslations('state.table')
  const tl = useTranslations('labels')
  const listName = useListLabel()
  const en = englishText(useLocale())
  const counts = new Map<string, number>()
  for (const c of changes) counts.set(tt('kind', { kind: c.kind }), (counts.get(tt('kind', { kind: c.kind })) ?? 0) + 1)
  const shown = changes.slice(0, limit)
  return (
    <div className="space-y-2">
      <p className="text-sm">
        {[...counts.entries()].map(([k, n]) => `${k}: ${n}`).join(' · ') || tt('noChange')}
        {changes.length > limit && tt.rich('showingNewest', { limit, feed: (c) => <a href={feedHref}>{c}</a> })}
      </p>
      {shown.length > 0 && (
        <div className="relative max-h-[28rem] overflow-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">{caption}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">{tt('date')}</th>
                <th scope="col" className="px-2 py-1">{tt('change')}</th>
                <th scope="col" className="px-2 py-1">{tt('agency')}</th>
                <th scope="col" className="px-2 py-1">{tt('model')}</th>
                <th scope="col" className="px-2 py-1">{tt('source')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.key} className="border-b border-line align-top">
                  <td className="px-2 py-1 tabular whitespace-nowrap">{c.fromDate ? `${c.fromDate} → ${c.date}` : c.date}</td>
                  <td className="px-2 py-1">{tt('kind', { kind: c.kind })}</td>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/agencies/${c.agency.id}#agreement-${c.agreementId}`}>{c.agency.name}</Link>
                  </th>
                  <td className="px-2 py-1">{tl(`model.${c.model}`)}</td>
                  <td className="px-2 py-1">
                    {c.source ? <Link href={sourceListHref(c.source.listId)}>{c.source.row ? tt('row', { list: listName(c.source.label), row: c.source.row }) : listName(c.source.label)}</Link> : null}
                    {c.citation?.title && <span className="block text-xs text-muted" lang={en}>{c.citation.url ? <a href={c.citation.url}>{c.citation.title}</a> : c.citation.title}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
