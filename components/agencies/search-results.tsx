import { Link } from '@/lib/i18n/navigation'
import { DidYouMean, searchHref } from '@/components/search/did-you-mean'
import { AGENCY_TYPE_LABELS, type AgencyType } from '@/lib/agreements/schema'
import type { AgencySearchResult } from '@/lib/search/queries'
import { stateName } from '@/lib/states'

interface SearchResultsProps {
  q: string
  page: number
  perPage: number
  result: AgencySearchResult
}

export function SearchResults({ q, page, perPage, result }: SearchResultsProps) {
  const { total, items, suggestion, corrected } = result
  const pages = Math.max(1, Math.ceil(total / perPage))
  const shown = corrected && suggestion ? suggestion : q
  return (
    <section aria-labelledby="results" className="space-y-3">
      <h2 id="results" className="text-lg font-semibold">
        {total === 0 ? `No agency matches “${q}”` : `${total.toLocaleString('en-US')} agenc${total === 1 ? 'y matches' : 'ies match'} “${shown}”`}
      </h2>
      <DidYouMean q={q} suggestion={suggestion} corrected={corrected} />
      {total === 0 && <p className="text-muted">Try fewer words, or part of a name (e.g. “Harris” or “sheriff Texas”). Words need three letters or more; a state can be its two-letter code.</p>}
      <ol className="space-y-2" start={(page - 1) * perPage + 1}>
        {items.map((a) => (
          <li key={a.id}>
            <Link href={`/agencies/${a.id}`} className="font-medium">{a.name}</Link>
            <span className="block text-sm text-muted">
              {stateName(a.state)} · {AGENCY_TYPE_LABELS[a.type as AgencyType] ?? a.type}
              {a.county && <> · {a.county}</>} · {a.agreements} agreement{a.agreements === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label="Search result pages" className="flex gap-4 text-sm">
          {page > 1 && <Link href={searchHref(q, page - 1)}>Previous page</Link>}
          <span>Page {page} of {pages}</span>
          {page < pages && <Link href={searchHref(q, page + 1)}>Next page</Link>}
        </nav>
      )}
    </section>
  )
}
