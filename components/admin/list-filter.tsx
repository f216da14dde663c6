import Link from 'next/link'
import { STATES } from '@/lib/states'

interface ListFilterProps {
  q: string
  state?: string
  withState?: boolean
  label: string
}

/** Search and state filter as a plain GET form: the URL holds the filter state. */
export function ListFilter({ q, state = '', withState = true, label }: ListFilterProps) {
  return (
    <form role="search" aria-label={label} className="flex flex-wrap items-end gap-3">
      <p>
        <label htmlFor="filter-q" className="block text-sm font-medium">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={q} className="rounded border border-line px-2 py-1" />
      </p>
      {withState && (
        <p>
          <label htmlFor="filter-state" className="block text-sm font-medium">State</label>
          <select id="filter-state" name="state" defaultValue={state} className="rounded border border-line px-2 py-1">
            <option value="">All states</option>
            {STATES.map(([code, name]) => (
              <option key={code} value={code}>{name}</option>
            ))}
          </select>
        </p>
      )}
      <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">Filter</button>
    </form>
  )
}

export function Pager({ page, pageCount, params }: { page: number; pageCount: number; params: Record<string, string> }) {
  if (pageCount <= 1) return null
  const href = (p: number) => `?${new URLSearchParams({ ...params, page: String(p) })}`
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {page > 1 && <Link href={href(page - 1)}>Previous page</Link>}
      <span>Page {page} of {pageCount}</span>
      {page < pageCount && <Link href={href(page + 1)}>Next page</Link>}
    </nav>
  )
}
