import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { ChartTable } from '@/lib/stats/chart-tables'
import { ChartData, type FormatCell } from './chart-data'

interface ChartCardProps {
  id: string
  title: string
  summary: ReactNode
  source: ReactNode
  table: ChartTable
  csvHref: string
  empty?: ReactNode
  formatCell?: FormatCell
  children: ReactNode
}

/** Title, one-sentence summary, the chart (or its empty state), source line, data table and CSV link. */
export function ChartCard({ id, title, summary, source, table, csvHref, empty, formatCell, children }: ChartCardProps) {
  const t = useTranslations('trends.card')
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="rounded border border-line p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">{summary}</p>
      <div className="mt-3">{empty ? <p className="rounded bg-wash p-6 text-center text-sm">{empty}</p> : children}</div>
      <p className="mt-2 text-xs text-muted">{t('source')} {source}</p>
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2 text-sm">
        <ChartData title={title} table={table} formatCell={formatCell} />
        <a href={csvHref} download aria-label={t('csvLabel', { title })}>
          {t('csv')}
        </a>
      </div>
    </section>
  )
}
