import { columnVisibilityFeature, constructTable, rowSortingFeature, tableFeatures, type RowData } from '@tanstack/table-core'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'

export interface FacetOption {
  value: string
  label: string
}

export interface AgreementColumnMeta {
  /** The column's name in headers, filters and the column picker. */
  label: string
  /** Values offered by the column's filter. */
  options?: readonly FacetOption[]
}

// The table is built on the server: rows arrive filtered, sorted and paginated, and every control is a link or a GET
// form, so the browser downloads no table code.
export const tableModelFeatures = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: {} as AgreementColumnMeta,
})

export type TableModelFeatures = typeof tableModelFeatures

export function buildTable<TData extends RowData>(options: Omit<Parameters<typeof constructTable<TableModelFeatures, TData>>[0], 'features'>) {
  return constructTable<TableModelFeatures, TData>({ ...options, features: tableModelFeatures })
}
