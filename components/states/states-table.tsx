import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { formatStateSort, isDefaultStateSort, type StateSort, type StateSortKey } from '@/lib/states/page-params'
import type { StateSummary } from '@/lib/states/queries'

interface StatesTableProps {
  rows: StateSummary[]
  sort: StateSort
  asOf: string
  /** `as_of` to keep in links, or null for today. */
  asOfParam: string | null
  gap: boolean
  caption: string
}

// The three model columns give way on a phone (the state's page has them), so the table fits without scrolling.
const MODEL_CELL = 'hidden sm:table-cell'
const COLUMNS: { key: StateSortKey; numeric: boolean; className?: string }[] = [
  { key: 'name', numeric: false },
  { key: 'total', numeric: true },
  { key: 'task_force', numeric: true, className: MODEL_CELL },
  { key: 'jail_enforcement', numeric: true, className: MODEL_CELL },
  { key: 'warrant_service_officer', numeric: true, className: MODEL_CELL },
  { key: 'agencies', numeric: true },
]

function sortHref(key: StateSortKey, sort: StateSort, asOfParam: string | null) {
  const next = { key, desc: sort.key === key ? !sort.desc : key !== 'name' }
  const p = new URLSearchParams()
  if (asOfParam) p.set('as_of', asOfParam)
  if (!isDefaultStateSort(next)) p.set('sort', formatStateSort(next))
  return `/states${p.size ? `?${p}` : ''}#states-table`
}

const NUMERIC_KEYS = ['total', 'task_force', 'jail_enforcement', 'warrant_service_officer', 'agencies'] as const

export function StatesTable({ rows, sort, asOfParam, gap, caption }: StatesTableProps) {
  const q = asOfParam ? `?as_of=${asOfParam}` : ''
  const t = useTranslations('states')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  const n = (x: number) => formatNumber(x, locale)
  const label = (key: StateSortKey) => (key === 'name' || key === 'total' || key === 'agencies' ? t(`columns.${key}`) : models(key))
  return (
    <div className="relative overflow-x-auto">
      <table id="states-table" className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {COLUMNS.map((c) => {
              const active = sort.key === c.key
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined} className={`px-2 py-1 ${c.numeric ? 'text-right' : 'text-left'} ${c.className ?? ''}`}>
                  <Link href={sortHref(c.key, sort, asOfParam)}>
                    {label(c.key)}
                    <span aria-hidden> {active ? (sort.desc ? '▼' : '▲') : ''}</span>
                    <span className="sr-only">{active ? t('sorted', { dir: sort.desc ? 'desc' : 'asc' }) : t('sort')}</span>
                  </Link>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-line">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                <Link href={`/states/${r.code}${q}`}>{r.name}</Link>
                {r.territory && <span className="text-muted">{t('territory')}</span>}
              </th>
              {gap ? (
                <td colSpan={COLUMNS.length - 1} className="px-2 py-1 text-muted">{t('gapRow')}</td>
              ) : (
                <>
                  <td className="px-2 py-1 text-right font-semibold tabular">{n(r.total)}</td>
                  <td className={`px-2 py-1 text-right tabular ${MODEL_CELL}`}>{n(r.task_force)}</td>
                  <td className={`px-2 py-1 text-right tabular ${MODEL_CELL}`}>{n(r.jail_enforcement)}</td>
                  <td className={`px-2 py-1 text-right tabular ${MODEL_CELL}`}>{n(r.warrant_service_officer)}</td>
                  <td className="px-2 py-1 text-right tabular">{n(r.agencies)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
        {!gap && (
          <tfoot>
            <tr className="border-t-2 border-ink font-semibold">
              <th scope="row" className="px-2 py-1 text-left">{t('totalRow', { count: rows.length })}</th>
              {NUMERIC_KEYS.map((k) => (
                <td key={k} className={`px-2 py-1 text-right tabular ${COLUMNS.find((c) => c.key === k)?.className ?? ''}`}>{n(rows.reduce((sum, r) => sum + r[k], 0))}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
