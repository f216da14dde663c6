import { useLocale, useTranslations } from 'next-intl'
import { ChartData } from '@/components/charts/chart-data'
import { formatNumber } from '@/lib/i18n/format'
import { FONT } from '@/components/charts/geometry'
import { sparkGeometry, type SparkSeries } from './sparkline-geometry'

interface SparklineProps {
  /** Unique on the page: names the chart's hatch pattern. */
  id: string
  title: string
  label: string
  series: SparkSeries[]
}

/** A small server-drawn step chart: steps per series, hatched months no list covers, the peak and the last values labelled. */
export function Sparkline({ id, title, label, series }: SparklineProps) {
  const t = useTranslations('spark')
  const month = useTranslations('labels')('month')
  const locale = useLocale()
  const num = (v: number) => formatNumber(v, locale)
  const g = sparkGeometry(series)
  const f = g.frame
  const table = {
    columns: [month, ...series.map((s) => s.label)],
    rows: (series[0]?.points ?? []).map((p, i) => [p.month, ...series.map((s) => s.points[i]?.value ?? null)]),
  }
  if (!g.first) return <p className="rounded bg-wash p-4 text-sm">{t('none')}</p>
  return (
    <figure className="text-xs">
      <svg viewBox={`0 0 ${f.width} ${f.height}`} className="block h-auto w-full" fontSize={FONT} role="img" aria-label={label}>
        {/* Its own hatch, not components/charts' shared patterns: importing those would ship their tips script here. */}
        <defs>
          <pattern id={`${id}-gap`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="var(--color-wash)" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="var(--color-line)" strokeWidth="2" />
          </pattern>
        </defs>
        {g.gaps.map((s) => (
          <rect key={s.x0} x={s.x0} y={f.top} width={s.x1 - s.x0} height={f.height - f.bottom - f.top} fill={`url(#${id}-gap)`} />
        ))}
        <line x1={f.left} x2={f.width - f.right} y1={f.height - f.bottom} y2={f.height - f.bottom} stroke="var(--color-muted)" />
        <line x1={f.left} x2={f.width - f.right} y1={g.maxY} y2={g.maxY} stroke="var(--color-line)" />
        {g.lines.every((l) => l.last?.value !== g.max) && (
          <text x={f.left} y={g.maxY - 4} fill="var(--color-muted)">
            {num(g.max)}
          </text>
        )}
        {g.lines.map((l) => (
          <path key={l.key} d={l.d} fill="none" stroke={l.color} strokeWidth={2.5} strokeDasharray={l.dash} />
        ))}
        {g.lines.map(
          (l) =>
            l.last && (
              <text key={l.key} x={l.last.x} y={l.last.y - 4} textAnchor="end" fill="var(--color-ink)" fontWeight="600">
                {num(l.last.value)}
              </text>
            ),
        )}
        <text x={f.left} y={f.height - 4} fill="var(--color-muted)">
          {g.first}
        </text>
        <text x={f.width - f.right} y={f.height - 4} textAnchor="end" fill="var(--color-muted)">
          {g.lastMonth}
        </text>
      </svg>
      {series.length > 1 && (
        <ul className="mt-1 flex flex-wrap gap-x-3" aria-label={t('legend', { title })}>
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <svg width="20" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="20" y2="4" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-1">
        <ChartData title={title} table={table} />
      </div>
    </figure>
  )
}
