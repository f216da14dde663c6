'use client'

import { useState } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { FILL, ChartContainer, ChartLegend, type ChartConfig } from './chart'
import { MODEL_SERIES, MODELS, SC_SERIES } from './series'

export interface PhaseOutPoint {
  month: string
  task_force: number | null
  jail_enforcement: number | null
  warrant_service_officer: number | null
  counties_share: number
}

export interface PhaseOutMarker {
  slug: string
  date: string
  month: string
  title: string
}

interface PhaseOutChartProps {
  points: PhaseOutPoint[]
  markers: PhaseOutMarker[]
  asOfMonth: string | null
  label: string
}

const config = {
  ...Object.fromEntries(MODELS.map((m) => [m, { label: MODEL_SERIES[m].label, color: `var(--color-${m})`, dash: MODEL_SERIES[m].dash }])),
  counties_share: { label: SC_SERIES.label, color: 'var(--color-secure_communities)', area: true },
} satisfies ChartConfig

const pct = (v: number) => `${Math.round(v * 100)}%`
const yearTick = (month: string) => (month.endsWith('-01') ? month.slice(0, 4) : month)

export function PhaseOutChart({ points, markers, asOfMonth, label }: PhaseOutChartProps) {
  const [active, setActive] = useState<PhaseOutMarker | null>(null)
  const long = points.length > 100
  return (
    <div>
      <ChartContainer config={config} label={label} height={380}>
        <ComposedChart data={points} responsive style={FILL} margin={{ top: 24, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-line)" vertical={false} />
          <XAxis dataKey="month" tickFormatter={long ? yearTick : undefined} interval={long ? 11 : 5} tick={{ fill: 'var(--color-muted)' }} />
          <YAxis yAxisId="agreements" allowDecimals={false} width={48} tick={{ fill: 'var(--color-muted)' }} label={{ value: 'Active agreements', angle: -90, position: 'insideLeft', offset: 10, fill: 'var(--color-muted)' }} />
          <YAxis yAxisId="share" orientation="right" domain={[0, 1]} tickFormatter={pct} width={44} tick={{ fill: 'var(--color-muted)' }} />
          <Tooltip formatter={(v, name) => (name === config.counties_share.label && typeof v === 'number' ? pct(v) : (v ?? 'no list'))} />
          <Area yAxisId="share" dataKey="counties_share" name={config.counties_share.label} type="stepAfter" stroke={config.counties_share.color} fill={config.counties_share.color} fillOpacity={0.15} isAnimationActive={false} />
          {MODELS.map((m) => (
            <Line key={m} yAxisId="agreements" dataKey={m} name={MODEL_SERIES[m].label} type="stepAfter" connectNulls={false} dot={false} stroke={`var(--color-${m})`} strokeWidth={2.5} strokeDasharray={MODEL_SERIES[m].dash} isAnimationActive={false} />
          ))}
          {asOfMonth && <ReferenceLine yAxisId="agreements" x={asOfMonth} stroke="var(--color-ink)" strokeDasharray="1 3" label={{ value: 'as of', position: 'insideTopLeft', fill: 'var(--color-ink)' }} />}
          {markers.map((e) => (
            <ReferenceLine
              key={e.slug}
              yAxisId="agreements"
              x={e.month}
              stroke="var(--color-muted)"
              strokeOpacity={0.5}
              label={(props: { viewBox?: { x: number; y: number } }) => (
                <EventMarker x={props.viewBox?.x ?? 0} y={props.viewBox?.y ?? 0} event={e} active={active?.slug === e.slug} onActivate={setActive} />
              )}
            />
          ))}
        </ComposedChart>
      </ChartContainer>
      <p aria-live="polite" className="min-h-5 text-sm">
        {active ? (
          <>
            <span className="font-semibold">{active.date}</span>: {active.title} (select the marker to read more)
          </>
        ) : (
          <span className="text-muted">Diamonds mark policy events: hover or focus one for its title, select it to open the policy page.</span>
        )}
      </p>
      <ChartLegend config={config} kind="line" />
    </div>
  )
}

interface EventMarkerProps {
  x: number
  y: number
  event: PhaseOutMarker
  active: boolean
  onActivate: (e: PhaseOutMarker | null) => void
}

function EventMarker({ x, y, event, active, onActivate }: EventMarkerProps) {
  return (
    <a
      href={`/policy#${event.slug}`}
      aria-label={`Policy event ${event.date}: ${event.title}`}
      onMouseEnter={() => onActivate(event)}
      onFocus={() => onActivate(event)}
      onMouseLeave={() => onActivate(null)}
      onBlur={() => onActivate(null)}
    >
      <path d={`M${x} ${y - 18} l7 7 -7 7 -7 -7z`} fill={active ? 'var(--color-ink)' : 'var(--color-paper)'} stroke="var(--color-ink)" strokeWidth={1.5} />
    </a>
  )
}
