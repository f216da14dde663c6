'use client'

import type { RowData } from '@tanstack/react-table'
import { useId } from 'react'
import type { DataTableInstance } from './features'

interface DataTablePageSizeProps<TData extends RowData> {
  table: DataTableInstance<TData>
  options: readonly number[]
}

export function DataTablePageSize<TData extends RowData>({ table, options }: DataTablePageSizeProps<TData>) {
  const id = useId()
  const size = table.state.pagination.pageSize
  const choices = options.includes(size) ? options : [...options, size].sort((a, b) => a - b)
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id}>Rows per page</label>
      <select id={id} value={size} onChange={(e) => table.setPageSize(Number(e.target.value))} className="rounded border border-line bg-paper px-1 py-0.5">
        {choices.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  )
}
