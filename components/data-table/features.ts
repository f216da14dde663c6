import {
  columnFilteringFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table'

export interface FacetOption {
  value: string
  label: string
}

export interface DataTableColumnMeta {
  /** The column's name in headers, filters and the column picker. */
  label: string
  /** Declares a filter for the toolbar (tablecn's convention). */
  variant?: 'multiSelect'
  options?: readonly FacetOption[]
}

export interface DataTableMeta {
  /** Row counts per filter value, computed on the server with every other filter applied. */
  facets?: Record<string, Record<string, number>>
  /** Filters that do not apply to the current view, with the reason shown to the reader. */
  inactiveFilters?: Record<string, string>
}

/** Rows arrive filtered, sorted and paginated by the server, so no client row models are registered. */
export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: {} as DataTableColumnMeta,
  tableMeta: {} as DataTableMeta,
})

export type DataTableFeatures = typeof dataTableFeatures
export type DataTableInstance<TData extends RowData> = ReactTable<DataTableFeatures, TData>
