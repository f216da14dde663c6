import { BandAxis, ChartFigure, ChartLegend, CountAxis, Gaps, HoverTarget, Svg } from './chart'
import { FONT, plotBottom, type Frame, type Layout } from './geometry'
import { PHASE_OUT_FRAMES, phaseOutGeometry, type PhaseOutMarker, type PhaseOutPoint } from './phase-out-geometry'
import { MODEL_SERIES, MODELS, SC_SERIES } from './series'

interface PhaseOutChartProps {
  points: PhaseOutPoint[]
  markers: PhaseOutMarker[]
  asOf: string | null
  label: string
  layout: Layout
}

/** Drawn on the server: steps per model on the left axis, Secure Communities coverage shaded on the right axis, policy events as links. */
export function PhaseOutChart({ points, markers, asOf, label, layout }: PhaseOutChartProps) {
  const draw = (f: Frame) => {
    const g = phaseOutGeometry(points, markers, asOf, f)
    return (
      <Svg frame={f}>
        <text x={0} y={FONT} fill="var(--color-muted)" aria-hidden="true">
          Active agreements
        </text>
        <text x={f.width} y={FONT} fill="var(--color-muted)" textAnchor="end" aria-hidden="true">
          Counties with Secure Communities
        </text>
        <CountAxis frame={f} ticks={g.yTicks} along="y" />
        <CountAxis frame={f} ticks={g.shareTicks} along="y" side="end" />
        <Gaps frame={f} gaps={g.gaps} />
        <path d={g.shareArea} fill={SC_SERIES.color} fillOpacity={0.15} stroke={SC_SERIES.color} strokeWidth={1} aria-hidden="true" />
        {MODELS.map((m) => (
          <path key={m} d={g.lines[m]} fill="none" stroke={MODEL_SERIES[m].color} strokeWidth={2.5} strokeDasharray={MODEL_SERIES[m].dash} aria-hidden="true" />
        ))}
        <BandAxis frame={f} ticks={g.xTicks} along="x" />
        {g.asOfX !== null && (
          <g aria-hidden="true" fill="var(--color-ink)">
            <line x1={g.asOfX} x2={g.asOfX} y1={f.top} y2={plotBottom(f)} stroke="var(--color-ink)" strokeDasharray="1 3" />
            <text x={g.asOfX + 4} y={f.top + 12}>as of</text>
          </g>
        )}
        <HoverTarget band={g.hover} />
        {g.markers.map((e) => (
          <a key={e.slug} href={`/policy#${e.slug}`} aria-label={`Policy event ${e.date}: ${e.title}`} className="chart-marker" data-tip={`${e.date}: ${e.title} (select the marker to read more)`}>
            <line x1={e.x} x2={e.x} y1={e.y + 7} y2={plotBottom(f)} stroke="var(--color-muted)" strokeOpacity={0.5} pointerEvents="none" />
            <path d={`M${e.x} ${e.y - 7} l7 7 -7 7 -7 -7z`} stroke="var(--color-ink)" strokeWidth={1.5} />
          </a>
        ))}
      </Svg>
    )
  }
  return (
    <ChartFigure label={label} layout={layout} frames={PHASE_OUT_FRAMES} draw={draw}>
      <p className="min-h-5 text-sm text-muted">Diamonds mark policy events: hover or focus one for its title, select it to open the policy page. Hover a month for its numbers.</p>
      <ChartLegend kind="line" extra={[{ label: SC_SERIES.label, swatch: <rect x="1" y="1" width="26" height="10" fill={SC_SERIES.color} fillOpacity={0.25} stroke={SC_SERIES.color} /> }]} />
    </ChartFigure>
  )
}
