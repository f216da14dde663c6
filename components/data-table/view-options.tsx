'use client'

import type { RowData } from '@tanstack/react-table'
import type { DataTableInstance } from './features'
import { Popover } from './popover'

interface DataTableViewOptionsProps<TData extends RowData> {
  table: DataTableInstance<TData>
}

export function DataTableViewOptions<TData extends RowData>({ table }: DataTableViewOptionsProps<TData>) {
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide())
  return (
    <Popover label="Columns" align="end">
      <fieldset>
        <legend className="mb-1 text-xs font-semibold text-muted">Show columns</legend>
        <ul className="space-y-0.5">
          {columns.map((c) => (
            <li key={c.id}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-wash">
                <input type="checkbox" checked={c.getIsVisible()} onChange={(e) => c.toggleVisibility(e.target.checked)} />
                {c.columnDef.meta?.label ?? c.id}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Popover>
  )
}
