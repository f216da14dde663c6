'use client'

import type { RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { DataTableFacetedFilter } from './faceted-filter'
import type { DataTableInstance } from './features'
import { DataTableViewOptions } from './view-options'

interface DataTableToolbarProps<TData extends RowData> {
  table: DataTableInstance<TData>
  /** Filters that are not column facets (search, dates). */
  children?: ReactNode
}

/** Renders a faceted filter for every column whose meta declares `variant: 'multiSelect'`. */
export function DataTableToolbar<TData extends RowData>({ table, children }: DataTableToolbarProps<TData>) {
  const meta = table.options.meta
  const filterable = table.getAllLeafColumns().filter((c) => c.columnDef.meta?.variant === 'multiSelect' && c.getCanFilter())
  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-2">
      {children}
      {filterable.map((c) => (
        <DataTableFacetedFilter
          key={c.id}
          title={c.columnDef.meta?.label ?? c.id}
          options={c.columnDef.meta?.options ?? []}
          selected={(c.getFilterValue() as string[] | undefined) ?? []}
          onChange={(values) => c.setFilterValue(values)}
          counts={meta?.facets?.[c.id]}
          inactiveReason={meta?.inactiveFilters?.[c.id]}
        />
      ))}
      <div className="ml-auto">
        <DataTableViewOptions table={table} />
      </div>
    </div>
  )
}
