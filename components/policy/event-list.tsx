import { Link } from '@/lib/i18n/navigation'
import type { listPolicyEvents } from '@/lib/policy/queries'
import { formatDate } from '@/lib/i18n/format'
import { DEFAULT_RANGE, viewHref } from '@/lib/stats/view-params'

type PolicyEvent = Awaited<ReturnType<typeof listPolicyEvents>>[number]

const KIND_LABELS: Record<string, string> = {
  budget: 'Budget', decision: 'Decision', memo: 'Memo', executive_order: 'Executive order', program: 'Program', court: 'Court', expiry: 'Expiry',
}

function eventDate(e: PolicyEvent): string {
  return e.datePrecision === 'month' ? new Date(`${e.date}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }) : formatDate(e.date)
}

export function EventList({ events, today }: { events: PolicyEvent[]; today: string }) {
  return (
    <ol className="space-y-4">
      {events.map((e) => {
        const asOf = e.date <= today ? e.date : today
        const inDefault = e.date.slice(0, 7) >= DEFAULT_RANGE.from && e.date.slice(0, 7) <= DEFAULT_RANGE.to
        return (
          <li key={e.id}>
            <article id={e.slug} aria-labelledby={`${e.slug}-title`} className="scroll-mt-4 rounded border border-line p-4 target:border-ink target:bg-wash">
              <p className="text-xs text-muted">
                <time dateTime={e.date}>{eventDate(e)}</time> · {KIND_LABELS[e.kind] ?? e.kind}
              </p>
              <h3 id={`${e.slug}-title`} className="mt-1 font-semibold">
                <a href={`#${e.slug}`} className="text-ink no-underline hover:underline">{e.title}</a>
              </h3>
              <p className="mt-1 text-sm">{e.summary}</p>
              <p className="mt-2 text-xs text-muted">
                Source: {e.sourceUrl ? <a href={e.sourceUrl}>{e.sourceName ?? e.sourceUrl}</a> : (e.sourceName ?? 'not recorded')}
                {e.citation?.note && <> · {e.citation.note}</>}
              </p>
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <Link href={viewHref('/agreements', { asOf })}>Agreements on {asOf}<span className="sr-only"> ({e.title})</span></Link>
                <Link href={viewHref('/trends', { asOf, range: inDefault ? 'default' : 'full' })}>Charts<span className="sr-only"> on {asOf} ({e.title})</span></Link>
                <Link href={viewHref('/map', { asOf })}>Map<span className="sr-only"> on {asOf} ({e.title})</span></Link>
              </p>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
