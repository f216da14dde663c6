'use client'

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { FILL, ChartContainer, ChartLegend, PatternDefs, type ChartConfig } from './chart'
import { MODEL_SERIES, MODELS } from './series'

export interface MonthModelPoint {
  month: string
  task_force: number | null
  jail_enforcement: number | null
  warrant_service_officer: number | null
}

interface MonthModelBarsProps {
  rows: MonthModelPoint[]
  label: string
  yLabel: string
}

const config = Object.fromEntries(
  MODELS.map((m) => [m, { label: MODEL_SERIES[m].label, color: `var(--color-${m})`, pattern: MODEL_SERIES[m].pattern }]),
) satisfies ChartConfig

/** Bars stacked by model; a month with null values (no source) draws nothing, not a zero bar. */
export function MonthModelBars({ rows, label, yLabel }: MonthModelBarsProps) {
  return (
    <div>
      <ChartContainer config={config} label={label} height={300}>
        <BarChart data={rows} responsive style={FILL} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <PatternDefs config={config} />
          <CartesianGrid stroke="var(--color-line)" vertical={false} />
          <XAxis dataKey="month" tick={{ fill: 'var(--color-muted)' }} />
          <YAxis allowDecimals={false} width={48} tick={{ fill: 'var(--color-muted)' }} label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 10, fill: 'var(--color-muted)' }} />
          <Tooltip formatter={(v) => v ?? 'unknown'} />
          {MODELS.map((m) => (
            <Bar key={m} dataKey={m} name={MODEL_SERIES[m].label} stackId="models" fill={`url(#pat-${m})`} stroke={`var(--color-${m})`} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartContainer>
      <ChartLegend config={config} kind="bar" />
    </div>
  )
}
