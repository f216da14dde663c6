import { useTranslations } from 'next-intl'
import { BandAxis, ChartFigure, ChartLegend, CountAxis, Gaps, HoverTarget, Svg } from './chart'
import { FONT, plotBottom, type Frame, type Layout, type Span } from './geometry'
import { PHASE_OUT_FRAMES, phaseOutGeometry, phaseOutPanels, type PhaseOutMarker, type PhaseOutPoint } from './phase-out-geometry'
import { MODEL_SERIES, MODELS, SC_SERIES } from './series'

interface PhaseOutChartProps {
  points: PhaseOutPoint[]
  markers: PhaseOutMarker[]
  asOf: string | null
  lastListed: string | null
  label: string
  layout: Layout
}

/** A labelled band over the plot (the months after the newest list held), or a strip along its top (Secure Communities' pause). */
function Band({ frame, span, fill, text, strip = false }: { frame: Frame; span: Span | null; fill: string; text: string; strip?: boolean }) {
  if (!span) return null
  const [top, height] = strip ? [frame.top, FONT + 6] : [frame.top, plotBottom(frame) - frame.top]
  return (
    <g aria-hidden="true">
      <rect x={span.x0} y={top} width={span.x1 - span.x0} height={height} fill={fill} stroke={strip ? 'var(--color-secure_communities)' : undefined} strokeOpacity={0.4} />
      {span.x1 - span.x0 > FONT * 5 && (
        <text x={(span.x0 + span.x1) / 2} y={strip ? top + FONT : plotBottom(frame) - 8} textAnchor="middle" fill="var(--color-ink)">
          {text}
        </text>
      )}
    </g>
  )
}

function Panel({ points, markers, asOf, lastListed, frame, label }: Omit<PhaseOutChartProps, 'layout' | 'label'> & { frame: Frame; label: string }) {
  const t = useTranslations('trends.phaseOut')
  const g = phaseOutGeometry(points, markers, asOf, frame, useTranslations('trends.tips'), lastListed)
  return (
    <Svg frame={frame}>
      <text x={0} y={FONT} fill="var(--color-muted)" aria-hidden="true">
        {t('activeAxis')}
      </text>
      <text x={frame.width} y={FONT} fill="var(--color-muted)" textAnchor="end" aria-hidden="true">
        {t('scAxis')}
      </text>
      <CountAxis frame={frame} ticks={g.yTicks} along="y" />
      <CountAxis frame={frame} ticks={g.shareTicks} along="y" side="end" />
      <Gaps frame={frame} gaps={g.gaps} />
      <Band frame={frame} span={g.unlisted} fill="url(#chart-unlisted)" text={t('notYet')} />
      <path d={g.shareArea} fill={SC_SERIES.color} fillOpacity={0.15} stroke={SC_SERIES.color} strokeWidth={1} aria-hidden="true" />
      <path d={g.shareRevived} fill="none" stroke={SC_SERIES.color} strokeWidth={1.5} strokeDasharray="6 3" aria-hidden="true" />
      {MODELS.map((m) => (
        <path key={m} d={g.lines[m]} fill="none" stroke={MODEL_SERIES[m].color} strokeWidth={2.5} strokeDasharray={MODEL_SERIES[m].dash} aria-hidden="true" />
      ))}
      <Band frame={frame} span={g.scPaused} fill="url(#chart-sc-paused)" text={t('scPaused')} strip />
      <BandAxis frame={frame} ticks={g.xTicks} along="x" />
      {g.asOfX !== null && (
        <g aria-hidden="true" fill="var(--color-ink)">
          <line x1={g.asOfX} x2={g.asOfX} y1={frame.top} y2={plotBottom(frame)} stroke="var(--color-ink)" strokeDasharray="1 3" />
          <text x={g.asOfX + 4} y={frame.top + 12}>{t('asOf')}</text>
        </g>
      )}
      <HoverTarget band={g.hover} label={label} />
      {g.markers.map((e) => (
        <a key={e.slug} href={`/policy#${e.slug}`} aria-label={t('event', { date: e.date, title: e.title })} className="chart-marker" data-tip={`${e.date}: ${e.title} (select the marker to read more)`}>
          <line x1={e.x} x2={e.x} y1={e.y + 7} y2={plotBottom(frame)} stroke="var(--color-muted)" strokeOpacity={0.5} pointerEvents="none" />
          <path d={`M${e.x} ${e.y - 7} l7 7 -7 7 -7 -7z`} stroke="var(--color-ink)" strokeWidth={1.5} />
        </a>
      ))}
    </Svg>
  )
}

const panelTitle = (p: PhaseOutPoint[], last: boolean, today: string) => `${p[0]!.month.slice(0, 4)}–${last ? today : p.at(-1)!.month.slice(0, 4)}`

/** Drawn on the server: steps per model (left axis) against Secure Communities coverage (right axis); the full range in panels with their own axes. */
export function PhaseOutChart({ points, markers, asOf, lastListed, label, layout }: PhaseOutChartProps) {
  const t = useTranslations('trends.phaseOut')
  const panels = phaseOutPanels(points)
  const title = (p: PhaseOutPoint[], i: number) => panelTitle(p, i === panels.length - 1, t('today'))
  const draw = (f: Frame) => (
    <div className="space-y-3">
      {panels.map((p, i) => (
        <div key={p[0]!.month}>
          {panels.length > 1 && (
            <p className="font-semibold text-ink">
              {title(p, i)} <span className="font-normal text-muted">{t('scale', { first: String(i === 0) })}</span>
            </p>
          )}
          <Panel points={p} markers={markers} asOf={asOf} lastListed={lastListed} frame={f} label={`${label}${panels.length > 1 ? `, ${title(p, i)}` : ''}`} />
        </div>
      ))}
    </div>
  )
  return (
    <ChartFigure label={label} layout={layout} frames={PHASE_OUT_FRAMES} draw={draw}>
      <p className="min-h-5 text-sm text-muted">
        {t('markers')}
      </p>
      <ChartLegend
        kind="line"
        extra={[
          { label: t('scSeries'), swatch: <rect x="1" y="1" width="26" height="10" fill={SC_SERIES.color} fillOpacity={0.25} stroke={SC_SERIES.color} /> },
          { label: t('scDiscontinued'), swatch: <rect x="1" y="1" width="26" height="10" fill="url(#chart-sc-paused)" stroke="var(--color-line)" /> },
          { label: t('scRevived'), swatch: <line x1="0" y1="6" x2="28" y2="6" stroke={SC_SERIES.color} strokeWidth="1.5" strokeDasharray="6 3" /> },
          ...(lastListed && points.at(-1)!.date > lastListed ? [{ label: t('unlisted', { date: lastListed }), swatch: <rect x="1" y="1" width="26" height="10" fill="url(#chart-unlisted)" stroke="var(--color-line)" /> }] : []),
        ]}
      />
    </ChartFigure>
  )
}
