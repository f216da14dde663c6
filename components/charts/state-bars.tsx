'use client'

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { FILL, ChartContainer, ChartLegend, PatternDefs, type ChartConfig } from './chart'
import { MODEL_SERIES, MODELS, stateBarsHeight } from './series'

export interface StatePoint {
  state: string
  task_force: number
  jail_enforcement: number
  warrant_service_officer: number
}

interface StateBarsProps {
  rows: StatePoint[]
  label: string
}

const config = Object.fromEntries(
  MODELS.map((m) => [m, { label: MODEL_SERIES[m].label, color: `var(--color-${m})`, pattern: MODEL_SERIES[m].pattern }]),
) satisfies ChartConfig

export function StateBars({ rows, label }: StateBarsProps) {
  return (
    <div>
      <ChartContainer config={config} label={label} height={stateBarsHeight(rows.length)}>
        <BarChart data={rows} responsive style={FILL} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <PatternDefs config={config} />
          <CartesianGrid stroke="var(--color-line)" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: 'var(--color-muted)' }} />
          <YAxis type="category" dataKey="state" width={36} interval={0} tick={{ fill: 'var(--color-muted)' }} />
          <Tooltip />
          {MODELS.map((m) => (
            <Bar key={m} dataKey={m} name={MODEL_SERIES[m].label} stackId="models" fill={`url(#pat-${m})`} stroke={`var(--color-${m})`} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartContainer>
      <ChartLegend config={config} kind="bar" />
    </div>
  )
}
