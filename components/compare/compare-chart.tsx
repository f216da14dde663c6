'use client'

import { useClientText, useLocale } from '@/lib/i18n/client'
import { useQueryStates } from 'nuqs'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { Brush, CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { compareSearch } from '@/lib/compare/search-params'
import type { CompareRow, CompareSeries } from '@/lib/compare/queries'
import { formatNumber } from '@/lib/i18n/format'

export interface CompareChartProps {
  series: CompareSeries[]
  rows: CompareRow[]
}

// Okabe–Ito colours (distinguishable with colour-vision deficiencies), each with its own dash as a second cue.
const STYLES = [
  { color: '#1b1f24', dash: '6 3' },
  { color: '#d55e00', dash: '0' },
  { color: '#0072b2', dash: '0' },
  { color: '#009e73', dash: '4 2' },
  { color: '#cc79a7', dash: '2 2' },
  { color: '#996300', dash: '8 2 2 2' },
]

/** First and last month of each run of months no list covers, shaded so a break in the lines reads as a gap. */
function gapRuns(rows: CompareRow[]): [string, string][] {
  const runs: [string, string][] = []
  rows.forEach((r, i) => {
    if (r.basis !== null) return
    if (i > 0 && rows[i - 1]!.basis === null) runs.at(-1)![1] = r.month
    else runs.push([r.month, r.month])
  })
  return runs
}

/**
 * The interactive compare chart, with its own URL adapter: the adapter then loads with the chart instead of with the page,
 * which kept /compare's first-load JS over 140 KB.
 */
export function CompareChart(props: CompareChartProps) {
  return (
    <NuqsAdapter>
      <Chart {...props} />
    </NuqsAdapter>
  )
}

/** Series toggles kept in the URL, tooltips, and a brush to zoom into a range of months. */
function Chart({ series, rows }: CompareChartProps) {
  const t = useClientText('compare')
  const locale = useLocale()
  const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : t('noList'))
  const [{ hide }, setSearch] = useQueryStates({ hide: compareSearch.hide }, { shallow: true, clearOnDefault: true })
  const data = rows.map((r) => ({ month: r.month, ...r.values }))
  const toggle = (key: string, on: boolean) => setSearch({ hide: on ? hide.filter((h) => h !== key) : [...hide, key] })
  const styleOf = (i: number) => STYLES[i % STYLES.length]!
  return (
    <div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-xs text-muted">{t('show')}</legend>
        {series.map((s, i) => (
          <label key={s.key} className="flex items-center gap-1.5">
            <input type="checkbox" checked={!hide.includes(s.key)} onChange={(e) => toggle(s.key, e.target.checked)} />
            <svg width="24" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="24" y2="4" stroke={styleOf(i).color} strokeWidth="2.5" strokeDasharray={styleOf(i).dash} />
            </svg>
            {s.kind === 'national' ? t('rightAxis', { label: s.label }) : s.label}
          </label>
        ))}
      </fieldset>
      <LineChart responsive data={data} style={{ width: '100%', height: 380 }} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke="var(--color-line)" vertical={false} />
        <XAxis dataKey="month" minTickGap={24} tick={{ fontSize: 12 }} />
        <YAxis yAxisId="items" allowDecimals={false} tick={{ fontSize: 12 }} width={44} />
        <YAxis yAxisId="national" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} width={52} />
        <Tooltip formatter={(v) => num(v)} />
        {gapRuns(rows).map(([x1, x2]) => (
          <ReferenceArea key={x1} yAxisId="items" x1={x1} x2={x2} fill="var(--color-wash)" stroke="var(--color-line)" label={{ value: t('noList'), fontSize: 12, fill: 'var(--color-muted)' }} />
        ))}
        {series.map((s, i) => (
          <Line
            key={s.key}
            yAxisId={s.kind === 'national' ? 'national' : 'items'}
            dataKey={s.key}
            name={s.label}
            type="stepAfter"
            stroke={styleOf(i).color}
            strokeDasharray={styleOf(i).dash}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            hide={hide.includes(s.key)}
            isAnimationActive={false}
          />
        ))}
        <Brush dataKey="month" height={28} travellerWidth={10} stroke="var(--color-accent)" />
      </LineChart>
    </div>
  )
}
