import { Link } from '@/lib/i18n/navigation'
import { MODEL_LABELS } from '@/lib/agreements/schema'
import type { PendingList, PendingOutcome } from '@/lib/pending/queries'
import { stateName } from '@/lib/states'

interface PendingListProps {
  list: PendingList
}

const OUTCOME: Record<PendingOutcome, string> = {
  signed: 'Signed, later listed',
  still_pending: 'Still pending on a later list',
  vanished: 'On no later list',
}

const days = (n: number | null) => (n === null ? '—' : n < 0 ? `${-n} days before` : `${n} days`)

export function PendingListSection({ list }: PendingListProps) {
  const h = `pending-${list.id}`
  return (
    <section aria-labelledby={h} className="space-y-3">
      <h2 id={h} className="text-lg font-semibold">{list.label}</h2>
      <p className="text-sm">
        {list.rows.length} rows in <Link href={`/sources#list-${list.id}`}>{list.fileName}</Link> (<a href={`/api/v1/snapshots/${list.id}/file`}>original file<span className="sr-only"> {list.fileName}</span></a>).{' '}
        <strong>{list.counts.signed}</strong> later signed and appear on a participating list; <strong>{list.counts.vanished}</strong> are on no later list
        {list.counts.stillPending > 0 && <>; {list.counts.stillPending} are still pending on a later pending list</>}.
        {list.medianDaysToSigning !== null && <> Median time from this list to the signing date: {list.medianDaysToSigning} days.</>}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-muted">
            Rows of {list.label}, in ICE's order, with what became of each. Days are counted from {list.asOf}; ICE's pending sheet has no dates of its own.
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-1 text-right">Row</th>
              <th scope="col" className="px-2 py-1">Agency</th>
              <th scope="col" className="px-2 py-1">State</th>
              <th scope="col" className="px-2 py-1">Model applied for</th>
              <th scope="col" className="px-2 py-1">Outcome</th>
              <th scope="col" className="px-2 py-1">Signed</th>
              <th scope="col" className="px-2 py-1 text-right">To signing</th>
              <th scope="col" className="px-2 py-1">First listed</th>
              <th scope="col" className="px-2 py-1 text-right">To listing</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.row} className="border-b border-line align-top">
                <td className="px-2 py-1 text-right tabular">{r.row}</td>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <Link href={`/agencies/${r.agency.id}`}>{r.agency.name}</Link>
                  {r.agencyRaw.trim() !== r.agency.name && <span className="block text-xs text-muted">ICE: “{r.agencyRaw.trim()}”</span>}
                </th>
                <td className="px-2 py-1">{stateName(r.agency.state)}</td>
                <td className="px-2 py-1">{MODEL_LABELS[r.model]}</td>
                <td className="px-2 py-1">
                  {OUTCOME[r.outcome]}
                  {r.otherModels.map((o) => (
                    <span key={o.id} className="block text-xs text-muted">listed as {MODEL_LABELS[o.model].toLowerCase()} from {o.firstListedOn}</span>
                  ))}
                </td>
                <td className="px-2 py-1 tabular">{r.signedOn ?? '—'}</td>
                <td className="px-2 py-1 text-right tabular">{days(r.daysToSigning)}</td>
                <td className="px-2 py-1">{r.firstListed ? <Link href={`/sources#list-${r.firstListed.listId}`}>{r.firstListed.label}, row {r.firstListed.row}</Link> : '—'}</td>
                <td className="px-2 py-1 text-right tabular">{days(r.daysToListing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
