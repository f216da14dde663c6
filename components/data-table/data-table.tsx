'use client'

import { FlexRender , type RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { DataTableColumnHeader } from './column-header'
import { cn } from './cn'
import type { DataTableInstance } from './features'

interface DataTableProps<TData extends RowData> {
  table: DataTableInstance<TData>
  caption: string
  /** True while the server prepares the next view. */
  busy?: boolean
  /** Shown instead of the table body when there are no rows. */
  empty?: ReactNode
  className?: string
}

export function DataTable<TData extends RowData>({ table, caption, busy = false, empty, className }: DataTableProps<TData>) {
  const rows = table.getRowModel().rows
  return (
    <div className={cn('overflow-x-auto rounded border border-line', className)}>
      <table aria-busy={busy} className={cn('w-full border-collapse text-sm', busy && 'opacity-60')}>
        <caption className="caption-top px-2 py-1.5 text-left text-xs text-muted">{caption}</caption>
        <thead className="bg-wash">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-line">
              {group.headers.map((header) => (
                <DataTableColumnHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.getVisibleLeafColumns().length} className="px-2 py-6">
                {empty ?? 'No rows.'}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-0 hover:bg-wash">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-2 py-1.5 align-top">
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}
