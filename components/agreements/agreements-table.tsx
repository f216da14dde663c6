import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Link } from '@/lib/i18n/navigation'
import { flexRender } from '@tanstack/react-table'
import type { AgreementItem } from '@/lib/agreements/queries'
import { formatSort, parseSort, serializeAgreementSearch, type AgreementSearch } from '@/lib/agreements/search-params'
import { agreementColumns, type ColumnId } from './agreements-columns'
import { buildTable } from './table-model'

interface AgreementsTableProps {
  items: AgreementItem[]
  search: AgreementSearch
  pageCount: number
  /** The date the rows describe (today when the URL has no `as_of`). */
  asOf: string
  /** Server-rendered explanation shown when there are no rows. */
  empty?: ReactNode
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/** The agreements table, rendered on the server; a header is a link to the same view sorted by its column. */
export function AgreementsTable({ items, search, pageCount, asOf, empty }: AgreementsTableProps) {
  const t = useTranslations('agreements')
  const cols = (id: string) => t(`columns.${id as ColumnId}`)
  const sort = parseSort(search.sort)
  const table = buildTable<AgreementItem>({
    columns: agreementColumns,
    data: items,
    getRowId: (r) => String(r.id),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting: [{ id: sort.key, desc: sort.desc }], columnVisibility: Object.fromEntries(search.hide.map((id) => [id, false])) },
  })
  const sortLabel = cols(sort.key)
  const rows = table.getRowModel().rows
  return (
    <div className="relative overflow-x-auto rounded border border-line">
      <table className="stack-table w-full border-collapse text-sm">
        <caption className="caption-top px-2 py-1.5 text-left text-xs text-muted">
          {t('caption', { date: asOf, column: sortLabel.toLowerCase(), dir: sort.desc ? 'desc' : 'asc', page: search.page, pages: pageCount })}
        </caption>
        <thead className="bg-wash">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-line">
              {group.headers.map((header) => {
                const column = header.column
                const sorted = column.getIsSorted()
                const next = column.getNextSortingOrder() || column.getFirstSortDir()
                const href = `/agreements${serializeAgreementSearch({ ...search, sort: formatSort(column.id, next === 'desc'), page: null })}`
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className="px-2 py-2 text-left font-semibold">
                    <Link href={href} scroll={false} title={t('sortBy', { column: cols(column.id).toLowerCase(), dir: next === 'desc' ? 'desc' : 'asc' })} className="inline-flex items-center gap-1 text-ink no-underline hover:underline">
                      {flexRender(column.columnDef.header, header.getContext())}
                      <span aria-hidden="true" className="text-muted">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                    </Link>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.getVisibleLeafColumns().length} className="px-2 py-6">{empty ?? t('noRows')}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-0 hover:bg-wash">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-label={cell.column.id === 'agency' ? undefined : cols(cell.column.id)} className="px-2 py-1.5 align-top">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
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
