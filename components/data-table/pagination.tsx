'use client'

import type { RowData } from '@tanstack/react-table'
import type { DataTableInstance } from './features'
import { DataTablePageSize } from './page-size'

interface DataTablePaginationProps<TData extends RowData> {
  table: DataTableInstance<TData>
  pageSizes: readonly number[]
  /** What one row is, for the range line ("agreements"). */
  noun?: string
}

const BUTTON = 'rounded border border-line bg-paper px-2 py-1 disabled:cursor-not-allowed disabled:opacity-50 enabled:hover:bg-wash'

export function DataTablePagination<TData extends RowData>({ table, pageSizes, noun = 'rows' }: DataTablePaginationProps<TData>) {
  const { pageIndex, pageSize } = table.state.pagination
  const total = table.getRowCount()
  const pages = table.getPageCount()
  const first = total === 0 ? 0 : pageIndex * pageSize + 1
  const last = Math.min(total, (pageIndex + 1) * pageSize)
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="tabular">
        {first.toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {total.toLocaleString('en-US')} {noun}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <DataTablePageSize table={table} options={pageSizes} />
        <span className="tabular">
          Page {(pageIndex + 1).toLocaleString('en-US')} of {pages.toLocaleString('en-US')}
        </span>
        <div className="flex gap-1">
          <button type="button" className={BUTTON} onClick={() => table.firstPage()} disabled={!table.getCanPreviousPage()}>
            First
          </button>
          <button type="button" className={BUTTON} onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous
          </button>
          <button type="button" className={BUTTON} onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next
          </button>
          <button type="button" className={BUTTON} onClick={() => table.lastPage()} disabled={!table.getCanNextPage()}>
            Last
          </button>
        </div>
      </div>
    </nav>
  )
}
