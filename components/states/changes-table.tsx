import { Link } from '@/lib/i18n/navigation'
import { CHANGE_LABELS, type Change } from '@/lib/feeds/changes'
import { MODEL_LABELS } from '@/lib/agreements/schema'
import { sourceListHref } from '@/lib/sources/links'

interface ChangesTableProps {
  changes: Change[]
  caption: string
  limit: number
  feedHref: string
}

export function ChangesTable({ changes, caption, limit, feedHref }: ChangesTableProps) {
  const counts = new Map<string, number>()
  for (const c of changes) counts.set(CHANGE_LABELS[c.kind], (counts.get(CHANGE_LABELS[c.kind]) ?? 0) + 1)
  const shown = changes.slice(0, limit)
  return (
    <div className="space-y-2">
      <p className="text-sm">
        {[...counts.entries()].map(([k, n]) => `${k}: ${n}`).join(' · ') || 'No change.'}
        {changes.length > limit && <> Showing the newest {limit}; all of them are in the <a href={feedHref}>changes feed (Atom)</a>.</>}
      </p>
      {shown.length > 0 && (
        <div className="relative max-h-[28rem] overflow-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-muted">{caption}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="px-2 py-1">Date</th>
                <th scope="col" className="px-2 py-1">Change</th>
                <th scope="col" className="px-2 py-1">Agency</th>
                <th scope="col" className="px-2 py-1">Model</th>
                <th scope="col" className="px-2 py-1">Source</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.key} className="border-b border-line align-top">
                  <td className="px-2 py-1 tabular whitespace-nowrap">{c.fromDate ? `${c.fromDate} → ${c.date}` : c.date}</td>
                  <td className="px-2 py-1">{CHANGE_LABELS[c.kind]}</td>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/agencies/${c.agency.id}#agreement-${c.agreementId}`}>{c.agency.name}</Link>
                  </th>
                  <td className="px-2 py-1">{MODEL_LABELS[c.model]}</td>
                  <td className="px-2 py-1">
                    {c.source ? <Link href={sourceListHref(c.source.listId)}>{c.source.label}{c.source.row ? `, row ${c.source.row}` : ''}</Link> : null}
                    {c.citation?.title && <span className="block text-xs text-muted">{c.citation.url ? <a href={c.citation.url}>{c.citation.title}</a> : c.citation.title}</span>}
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
