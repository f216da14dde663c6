import { Link } from '@/lib/i18n/navigation'
import type { RelaxableFilter } from '@/lib/agreements/queries'
import { serializeAgreementSearch, type AgreementSearch } from '@/lib/agreements/search-params'

interface AgreementsEmptyStateProps {
  search: AgreementSearch
  /** Rows the view would have without each active filter. */
  relaxations: { filter: RelaxableFilter; count: number }[]
  asOf: string
  /** False when no ICE list covers `asOf`: then nothing is known, which is not the same as none. */
  covered: boolean
  /** Rows matching the filters; above zero means the page is past the end. */
  total: number
}

const NAMES: Record<RelaxableFilter, string> = {
  state: 'state',
  model: 'model',
  status: 'status',
  expires: 'expiry date',
  signed: 'signing date',
  q: 'search text',
}

const DROP: Record<RelaxableFilter, Partial<AgreementSearch> | Record<string, null>> = {
  state: { state: [] },
  model: { model: [] },
  status: { status: ['all'] },
  expires: { expires_before: null, expires_within_days: null },
  signed: { signed_from: null, signed_to: null },
  q: { q: '' },
}

const href = (search: AgreementSearch, patch: object) => `/agreements${serializeAgreementSearch({ ...search, ...patch, page: 1 })}`

export function AgreementsEmptyState({ search, relaxations, asOf, covered, total }: AgreementsEmptyStateProps) {
  if (total > 0)
    return (
      <p>
        Page {search.page} is past the last page. <Link href={href(search, {})}>Go to the first page</Link>.
      </p>
    )
  if (!covered)
    return (
      <p>
        No ICE list covers {asOf}, so which agreements were in force that day is unknown (not zero). Pick a date covered by a list; see{' '}
        <Link href="/sources">sources</Link>.
      </p>
    )
  const helpful = relaxations.filter((r) => r.count > 0)
  return (
    <div className="space-y-2">
      <p className="font-semibold">No agreements match these filters.</p>
      {helpful.length > 0 ? (
        <>
          <p>{helpful.length === 1 ? 'This filter emptied the list; removing it would show:' : 'These filters emptied the list; removing any one of them would show:'}</p>
          <ul className="list-disc pl-6">
            {helpful.map((r) => (
              <li key={r.filter}>
                <Link href={href(search, DROP[r.filter])}>
                  Remove the {NAMES[r.filter]} filter ({r.count.toLocaleString('en-US')} {r.count === 1 ? 'agreement' : 'agreements'})
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          No single filter is to blame: several together rule out every agreement{relaxations.length === 0 ? ` on ${asOf}` : ''}.{' '}
          <Link href={href(search, { state: [], model: [], status: [], expires_before: null, expires_within_days: null, signed_from: null, signed_to: null, q: '' })}>
            Clear all filters
          </Link>
          .
        </p>
      )}
    </div>
  )
}
