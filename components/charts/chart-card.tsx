import type { ReactNode } from 'react'
import type { ChartTable } from '@/lib/stats/chart-tables'
import { WhenVisible } from './when-visible'

interface ChartCardProps {
  id: string
  title: string
  summary: ReactNode
  source: ReactNode
  table: ChartTable
  csvHref: string
  empty?: ReactNode
  formatCell?: (value: string | number | null, column: string) => ReactNode
  /** Draw the chart only when it nears the viewport, keeping this much height meanwhile (charts below the first). */
  deferHeight?: number
  children: ReactNode
}

const defaultFormat = (v: string | number | null) => (v === null ? '—' : typeof v === 'number' ? v.toLocaleString('en-US') : v)

/** Title, one-sentence summary, the chart (or its empty state), source line, data table and CSV link. */
export function ChartCard({ id, title, summary, source, table, csvHref, empty, formatCell = defaultFormat, deferHeight, children }: ChartCardProps) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="rounded border border-line p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">{summary}</p>
      <div className="mt-3">{empty ? <p className="rounded bg-wash p-6 text-center text-sm">{empty}</p> : deferHeight ? <WhenVisible minHeight={deferHeight}>{children}</WhenVisible> : children}</div>
      <p className="mt-2 text-xs text-muted">Source: {source}</p>
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2 text-sm">
        <details className="w-full sm:w-auto sm:flex-1">
          <summary className="cursor-pointer text-accent">Show data: {title}</summary>
          <div tabIndex={0} role="region" aria-label={`Data table: ${title}`} className="mt-2 max-h-96 overflow-auto">
            <table className="w-full border-collapse text-left text-xs tabular">
              <caption className="py-1 text-left text-muted">Data drawn in “{title}” ({table.rows.length.toLocaleString('en-US')} rows; — means no source covers it)</caption>
              <thead className="sticky top-0 bg-wash">
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col" className="border-b border-line px-2 py-1 font-semibold">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={String(r[0])}>
                    {r.map((v, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="border-b border-line px-2 py-0.5 font-normal">
                          {formatCell(v, table.columns[i]!)}
                        </th>
                      ) : (
                        <td key={i} className="border-b border-line px-2 py-0.5">
                          {formatCell(v, table.columns[i]!)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <a href={csvHref} download aria-label={`Download CSV: ${title}`}>
          Download CSV
        </a>
      </div>
    </section>
  )
}
