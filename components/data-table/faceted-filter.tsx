'use client'

import type { FacetOption } from './features'
import { Popover } from './popover'

interface DataTableFacetedFilterProps {
  title: string
  options: readonly FacetOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
  /** Row count per option value; options without a count are hidden unless selected. */
  counts?: Record<string, number>
  /** Shown instead of the options when the filter does not apply to the view. */
  inactiveReason?: string
}

export function DataTableFacetedFilter({ title, options, selected, onChange, counts, inactiveReason }: DataTableFacetedFilterProps) {
  const chosen = new Set(selected)
  const visible = counts ? options.filter((o) => chosen.has(o.value) || (counts[o.value] ?? 0) > 0) : options
  const toggle = (value: string, on: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v))))
  const summary = selected.length === 0 ? null : selected.length <= 2 ? selected.map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ') : `${selected.length} selected`
  return (
    <Popover
      ariaLabel={`${title} filter${summary ? `: ${summary}` : ''}`}
      label={
        <>
          {title}
          {summary && <span className="rounded bg-wash px-1 text-xs">{summary}</span>}
        </>
      }
    >
      <fieldset>
        <legend className="mb-1 text-xs font-semibold text-muted">{title}</legend>
        {inactiveReason ? (
          <p className="max-w-64 text-sm text-muted">{inactiveReason}</p>
        ) : (
          <ul className="max-h-72 space-y-0.5 overflow-y-auto pr-1">
            {visible.map((o) => (
              <li key={o.value}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-wash">
                  <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
                  <span className="flex-1">{o.label}</span>
                  {counts && <span className="text-xs text-muted tabular">{(counts[o.value] ?? 0).toLocaleString('en-US')}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {selected.length > 0 && !inactiveReason && (
        <button type="button" onClick={() => onChange([])} className="mt-2 w-full rounded border border-line px-2 py-1 text-sm hover:bg-wash">
          Clear {title.toLowerCase()} filter
        </button>
      )}
    </Popover>
  )
}
