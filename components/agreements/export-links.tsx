import { exportHref, type AgreementSearch } from '@/lib/agreements/search-params'

interface ExportLinksProps {
  /** The view's parameters after validation, so that the API accepts them as they are. */
  search: AgreementSearch
  total: number
}

export function ExportLinks({ search, total }: ExportLinksProps) {
  return (
    <section aria-labelledby="export-h" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <h2 id="export-h" className="font-semibold">
        Export all {total.toLocaleString('en-US')} matching {total === 1 ? 'row' : 'rows'}
      </h2>
      <a href={exportHref(search, 'csv')} download>
        Download CSV
      </a>
      <a href={exportHref(search, 'export')} download>
        Download JSON
      </a>
      <span className="text-muted">Same filters as the table and the API; the CSV starts with # lines giving the date, filters and sources.</span>
    </section>
  )
}
