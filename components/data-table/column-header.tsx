'use client'

import { FlexRender, type Header , type RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './features'

interface DataTableColumnHeaderProps<TData extends RowData> {
  header: Header<DataTableFeatures, TData, unknown>
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/** A <th> that announces its sort state and sorts from a real button (Enter or Space). */
export function DataTableColumnHeader<TData extends RowData>({ header }: DataTableColumnHeaderProps<TData>) {
  const column = header.column
  const sorted = column.getIsSorted()
  const label = column.columnDef.meta?.label ?? column.id
  if (header.isPlaceholder) return <th scope="col" />
  if (!column.getCanSort())
    return (
      <th scope="col" className="px-2 py-2 text-left font-semibold">
        <FlexRender header={header} />
      </th>
    )
  const next = column.getNextSortingOrder()
  const hint = next === 'asc' ? 'sort ascending' : next === 'desc' ? 'sort descending' : 'clear sort'
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className="px-2 py-2 text-left font-semibold">
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        title={`${label}: ${hint}`}
        className="inline-flex items-center gap-1 rounded font-semibold hover:underline"
      >
        <FlexRender header={header} />
        <span aria-hidden="true" className="text-muted">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}
