import { Link } from '@/lib/i18n/navigation'
import { STATES } from '@/lib/states'
import { MAX_COMPARED, serializeCompareSearch, withItem, type CompareSearch } from '@/lib/compare/search-params'
import type { CompareSeries } from '@/lib/compare/queries'

interface ComparePickerProps {
  search: CompareSearch
  series: CompareSeries[]
  agencyQuery: string
  agencyResults: { id: number; name: string; state: string }[] | null
}

/** Hidden fields that carry the current selection through a GET form. */
function Carry({ search }: { search: CompareSearch }) {
  const params = new URLSearchParams(serializeCompareSearch(search))
  return [...params].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)
}

/** Choose what to compare with plain links and GET forms: it works before (and without) any script. */
export function ComparePicker({ search, series, agencyQuery, agencyResults }: ComparePickerProps) {
  const chosen = series.filter((s) => s.kind !== 'national')
  const full = chosen.length >= MAX_COMPARED
  return (
    <section aria-labelledby="picker" className="space-y-3 rounded border border-line p-4">
      <h2 id="picker" className="text-base font-semibold">
        Compared ({chosen.length} of at most {MAX_COMPARED})
      </h2>
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {chosen.map((s) => (
            <li key={s.key} className="flex items-center gap-2 rounded border border-line px-2 py-1">
              {s.label}
              <Link href={`/compare${withItem(search, s.key, 'remove')}`} aria-label={`Remove ${s.label}`}>
                Remove
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">Nothing chosen yet: add a state or an agency to compare it with the national total.</p>
      )}
      {full ? (
        <p className="text-sm">Five are compared; remove one to add another.</p>
      ) : (
        <div className="flex flex-wrap items-end gap-6">
          <form method="get" action="/compare" className="flex items-end gap-2 text-sm">
            <Carry search={search} />
            <label className="flex flex-col gap-0.5">
              <span className="text-xs text-muted">Add a state</span>
              <select name="add" className="rounded border border-line px-2 py-1" defaultValue="">
                <option value="" disabled>
                  Choose a state
                </option>
                {STATES.filter(([code]) => !search.states.includes(code)).map(([code, name]) => (
                  <option key={code} value={`state:${code}`}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
              Add state
            </button>
          </form>
          <form method="get" action="/compare" role="search" aria-label="Find an agency to compare" className="flex items-end gap-2 text-sm">
            <Carry search={search} />
            <label className="flex flex-col gap-0.5">
              <span className="text-xs text-muted">Find an agency</span>
              <input type="search" name="agency_q" defaultValue={agencyQuery} className="w-56 rounded border border-line px-2 py-1" />
            </label>
            <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
              Find
            </button>
          </form>
        </div>
      )}
      {agencyResults && !full && (
        <div aria-live="polite">
          {agencyResults.length === 0 ? (
            <p className="text-sm">No agency matches “{agencyQuery}”.</p>
          ) : (
            <ul className="space-y-0.5 text-sm">
              {agencyResults.map((a) => (
                <li key={a.id}>
                  {a.name} ({a.state}) · <Link href={`/compare${withItem(search, `agency:${a.id}`, 'add')}`} aria-label={`Add ${a.name} (${a.state})`}>Add</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
