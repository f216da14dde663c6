import { Link } from '@/lib/i18n/navigation'
import { MODEL_LABELS } from '@/lib/agreements/schema'
import type { UpcomingExpiration } from '@/lib/states/queries'

interface ExpirationsListProps {
  placeName: string
  asOf: string
  rows: UpcomingExpiration[]
  calendarHref: string
}

export function ExpirationsList({ placeName, asOf, rows, calendarHref }: ExpirationsListProps) {
  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p>
          No agreement in {placeName} active on {asOf} has a known expiration date after it. ICE's lists give signing dates only; an
          expiration appears here only when a cited document records it.
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {rows.map((r) => (
            <li key={r.agreementId}>
              <span className="tabular">{r.expiresOn}</span>: <Link href={`/agencies/${r.agency.id}#agreement-${r.agreementId}`}>{r.agency.name}</Link> ({MODEL_LABELS[r.model]})
              {r.citation?.title && <span className="text-muted"> — {r.citation.url ? <a href={r.citation.url}>{r.citation.title}</a> : r.citation.title}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <a href={calendarHref}>Expirations calendar (iCalendar)</a>
      </p>
    </div>
  )
}
