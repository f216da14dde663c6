'use client'

import { useMemo, useTransition, type ReactNode } from 'react'
import { debounce, useQueryStates } from 'nuqs'
import { functionalUpdate, useTable, type ColumnFiltersState, type ColumnVisibilityState, type PaginationState, type SortingState, type Updater } from '@tanstack/react-table'
import { DataTable } from '@/components/data-table/data-table'
import { dataTableFeatures } from '@/components/data-table/features'
import { DataTablePagination } from '@/components/data-table/pagination'
import { DataTableToolbar } from '@/components/data-table/toolbar'
import type { AgreementItem } from '@/lib/agreements/queries'
import { AGREEMENT_STATUSES, PER_PAGE_OPTIONS } from '@/lib/agreements/constants'
import { agreementSearch, formatSort, HIDEABLE_COLUMNS, parseSort, type AgreementSearch, type HideableColumn } from '@/lib/agreements/search-params'
import { agreementColumns } from './agreements-columns'
import { AgreementFilters } from './filters'

interface AgreementsTableProps {
  items: AgreementItem[]
  total: number
  pageCount: number
  facets: Record<string, Record<string, number>>
  /** The date the rows describe (today when the URL has no `as_of`). */
  asOf: string
  /** Server-rendered explanation shown when there are no rows. */
  empty?: ReactNode
}

type Patch = Partial<{ [K in keyof AgreementSearch]: AgreementSearch[K] | null }>

const FILTER_COLUMNS = ['state', 'model', 'status'] as const
const EXPIRY_ONLY_ACTIVE = 'An expiry filter counts active agreements only; clear it to filter by status.'

/** The status filter shows what the query applies: no value means active, `all` means every status. */
function statusShown(status: AgreementSearch['status']): string[] {
  if (status.includes('all')) return [...AGREEMENT_STATUSES]
  return status.length ? status : ['active']
}

function statusToUrl(values: string[]): AgreementSearch['status'] | null {
  if (values.length === 0 || (values.length === 1 && values[0] === 'active')) return null
  if (AGREEMENT_STATUSES.every((s) => values.includes(s))) return ['all']
  return values as AgreementSearch['status']
}

export function AgreementsTable({ items, total, pageCount, facets, asOf, empty }: AgreementsTableProps) {
  const [isPending, startTransition] = useTransition()
  const [search, setSearch] = useQueryStates(agreementSearch, { shallow: false, clearOnDefault: true, history: 'push', startTransition })

  // Every change of the row set starts again at page 1.
  const onFilter = (patch: Patch, debounced = false) =>
    void setSearch({ ...patch, page: null }, debounced ? { limitUrlUpdates: debounce(300) } : undefined)

  const sorting = useMemo<SortingState>(() => {
    const s = parseSort(search.sort)
    return [{ id: s.key, desc: s.desc }]
  }, [search.sort])
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: search.page - 1, pageSize: search.per_page }), [search.page, search.per_page])
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      { id: 'state', value: search.state },
      { id: 'model', value: search.model },
      { id: 'status', value: statusShown(search.status) },
    ],
    [search.state, search.model, search.status],
  )
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(search.hide.map((id) => [id, false])), [search.hide])
  const expiryActive = search.expires_before !== null || search.expires_within_days !== null

  const table = useTable({
    features: dataTableFeatures,
    columns: agreementColumns,
    data: items,
    getRowId: (r) => String(r.id),
    rowCount: total,
    pageCount,
    manualFiltering: true,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    meta: { facets, inactiveFilters: expiryActive ? { status: EXPIRY_ONLY_ACTIVE } : {} },
    state: { sorting, pagination, columnFilters, columnVisibility },
    onSortingChange: (u: Updater<SortingState>) => {
      const next = functionalUpdate(u, sorting)[0]
      void setSearch({ sort: next ? formatSort(next.id, next.desc) : null, page: null })
    },
    onPaginationChange: (u: Updater<PaginationState>) => {
      const next = functionalUpdate(u, pagination)
      const sizeChanged = next.pageSize !== pagination.pageSize
      void setSearch({ per_page: next.pageSize, page: sizeChanged ? null : next.pageIndex + 1 })
    },
    onColumnFiltersChange: (u: Updater<ColumnFiltersState>) => {
      const next = functionalUpdate(u, columnFilters)
      const value = (id: (typeof FILTER_COLUMNS)[number]) => (next.find((f) => f.id === id)?.value as string[] | undefined) ?? []
      onFilter({
        state: value('state').length ? (value('state') as AgreementSearch['state']) : null,
        model: value('model').length ? (value('model') as AgreementSearch['model']) : null,
        status: statusToUrl(value('status')),
      })
    },
    onColumnVisibilityChange: (u: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(u, columnVisibility)
      const hide = HIDEABLE_COLUMNS.filter((id: HideableColumn) => next[id] === false)
      void setSearch({ hide: hide.length ? hide : null }, { shallow: true })
    },
  })

  const sort = parseSort(search.sort)
  const sortLabel = table.getColumn(sort.key)?.columnDef.meta?.label ?? sort.key
  const caption = `287(g) agreements as of ${asOf}, sorted by ${sortLabel.toLowerCase()} (${sort.desc ? 'descending' : 'ascending'}); page ${search.page} of ${pageCount}.`
  const hasFilters = Object.entries(search).some(([k, v]) => !['sort', 'page', 'per_page', 'hide'].includes(k) && (Array.isArray(v) ? v.length > 0 : v !== null && v !== ''))

  return (
    <div className="space-y-3">
      <DataTableToolbar table={table}>
        <AgreementFilters search={search} asOf={asOf} onChange={onFilter} />
      </DataTableToolbar>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p role="status" aria-live="polite" className="text-lg">
          <strong className="tabular">{total.toLocaleString('en-US')}</strong> {total === 1 ? 'agreement' : 'agreements'}
          {isPending && <span className="ml-2 text-sm text-muted">Updating…</span>}
        </p>
        {hasFilters && (
          <button
            type="button"
            onClick={() => onFilter(Object.fromEntries(Object.keys(agreementSearch).filter((k) => !['sort', 'per_page', 'hide'].includes(k)).map((k) => [k, null])))}
            className="text-sm text-accent underline"
          >
            Clear all filters
          </button>
        )}
      </div>
      <DataTable table={table} caption={caption} busy={isPending} empty={empty} />
      <DataTablePagination table={table} pageSizes={PER_PAGE_OPTIONS} noun="agreements" />
    </div>
  )
}
