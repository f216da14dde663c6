import { useLocale, useTranslations } from 'next-intl'
import { Suspense, type ReactNode } from 'react'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import type { Locale } from '@/lib/i18n/routing'
import type { ChartTable } from '@/lib/stats/chart-tables'

export type FormatCell = (value: string | number | null, column: string) => ReactNode

const formatIn = (locale: Locale): FormatCell => (v) => (v === null ? '—' : typeof v === 'number' ? formatNumber(v, locale) : v)

/** "Show data": the rows a chart draws, as a table (the same rows as its CSV). */
export function ChartData({ title, table, formatCell }: { title: string; table: ChartTable; formatCell?: FormatCell }) {
  const t = useTranslations('chartData')
  const columns = useTranslations('chartColumns')
  // The table's columns are named in English (they are the CSV's header too); shown in the reader's language.
  const heading = (c: string) => (columns.has(c as 'Total') ? columns(c as 'Total') : c)
  const locale = useLocale()
  const listName = useListLabel()
  const given = formatCell ?? formatIn(locale)
  // A basis column holds list labels, worded for the page like every other (the CSV keeps the English citation).
  const format: FormatCell = (v, column) => given(typeof v === 'string' ? listName(v) : v, column)
  return (
    <details className="w-full sm:w-auto sm:flex-1">
      <summary className="cursor-pointer text-accent">{t('show', { title })}</summary>
      <div tabIndex={0} role="region" aria-label={t('region', { title })} className="mt-2 max-h-96 overflow-auto">
        {/* The table, often the largest part of the card, is its own boundary: React may stream it after the page and
            hydrates it later, in slices, so it never blocks input. Opened early, the box says so until the rows arrive. */}
        <Suspense fallback={<p className="py-1 text-muted">{t('loading')}</p>}>
          <table className="data-table w-full border-collapse text-left text-xs tabular">
            <caption className="py-1 text-left text-muted">{t('caption', { title, rows: formatNumber(table.rows.length, locale) })}</caption>
            <thead className="sticky top-0 bg-wash">
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {heading(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={String(r[0])}>
                  {r.map((v, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {format(v, table.columns[i]!)}
                      </th>
                    ) : (
                      <td key={i}>
                        {format(v, table.columns[i]!)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Suspense>
      </div>
    </details>
  )
}
