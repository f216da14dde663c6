import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { ChartTips } from './chart-tips'
import { FONT, plotBottom, plotRight, type Frame, type HoverBand, type Layout, type Span, type Tick } from './geometry'
import { MODEL_SERIES, MODELS } from './series'

interface ChartFigureProps {
  label: string
  layout: Layout
  frames: Record<Layout, Frame>
  draw: (frame: Frame) => ReactNode
  children?: ReactNode
}

/** The chart in the layout for this device, inside one named figure with hover and focus tips. */
export function ChartFigure({ label, layout, frames, draw, children }: ChartFigureProps) {
  return (
    <figure aria-label={label} className="w-full text-xs">
      <ChartTips>
        <div className={layout === 'narrow' ? 'mx-auto max-w-xl' : undefined}>{draw(frames[layout])}</div>
      </ChartTips>
      {children}
    </figure>
  )
}

export function Svg({ frame, children }: { frame: Frame; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${frame.width} ${frame.height}`} className="chart block h-auto w-full" fontSize={FONT}>
      {children}
    </svg>
  )
}

/** Gridlines and labels for a count axis: horizontal (`y`) or, for horizontal bars, vertical (`x`). */
export function CountAxis({ frame, ticks, along, side = 'start' }: { frame: Frame; ticks: Tick[]; along: 'x' | 'y'; side?: 'start' | 'end' }) {
  return (
    <g aria-hidden="true" fill="var(--color-muted)">
      {ticks.map((t) =>
        along === 'y' ? (
          <g key={t.label}>
            {side === 'start' && <line x1={frame.left} x2={plotRight(frame)} y1={t.at} y2={t.at} stroke="var(--color-line)" />}
            <text x={side === 'start' ? frame.left - 6 : plotRight(frame) + 6} y={t.at} dy="0.32em" textAnchor={side === 'start' ? 'end' : 'start'}>
              {t.label}
            </text>
          </g>
        ) : (
          <g key={t.label}>
            <line x1={t.at} x2={t.at} y1={frame.top} y2={plotBottom(frame)} stroke="var(--color-line)" />
            <text x={t.at} y={plotBottom(frame) + 16} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ),
      )}
    </g>
  )
}

/** Labels along the band or time axis, below the plot (`x`) or left of it (`y`). */
export function BandAxis({ frame, ticks, along }: { frame: Frame; ticks: Tick[]; along: 'x' | 'y' }) {
  return (
    <g aria-hidden="true" fill="var(--color-muted)">
      {along === 'x' && <line x1={frame.left} x2={plotRight(frame)} y1={plotBottom(frame)} y2={plotBottom(frame)} stroke="var(--color-muted)" />}
      {ticks.map((t) =>
        along === 'x' ? (
          <text key={t.label} x={t.at} y={plotBottom(frame) + 16} textAnchor="middle">
            {t.label}
          </text>
        ) : (
          <text key={t.label} x={frame.left - 6} y={t.at} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        ),
      )}
    </g>
  )
}

/** Periods for which the tracker holds no list: hatched, labelled where there is room, never drawn as zero. */
export function Gaps({ frame, gaps }: { frame: Frame; gaps: Span[] }) {
  const t = useTranslations('trends.legend')
  return (
    <g aria-hidden="true">
      {gaps.map((g) => (
        <g key={g.x0}>
          <rect x={g.x0} y={frame.top} width={g.x1 - g.x0} height={plotBottom(frame) - frame.top} fill="url(#chart-gap)" />
          {g.x1 - g.x0 > FONT * 6 && (
            <text x={(g.x0 + g.x1) / 2} y={frame.top + 16} textAnchor="middle" fill="var(--color-muted)">
              {t('noList')}
            </text>
          )}
        </g>
      ))}
    </g>
  )
}

/**
 * The transparent target whose slots show tips (see ChartTips); the tips travel once, as JSON. It is also a slider
 * for the keyboard: focus it and the arrow keys step through the slots, each read out as its tip.
 */
export function HoverTarget({ band, label }: { band: HoverBand; label: string }) {
  const t = useTranslations('trends.legend')
  const last = Math.max(0, band.tips.length - 1)
  return (
    <rect
      fill="transparent"
      x={band.x}
      y={band.y}
      width={band.width}
      height={band.height}
      data-along={band.along}
      data-tips={JSON.stringify(band.tips)}
      className="chart-values"
      role="slider"
      tabIndex={0}
      aria-label={t('values', { label })}
      aria-orientation={band.along === 'x' ? 'horizontal' : 'vertical'}
      aria-valuemin={0}
      aria-valuemax={last}
      aria-valuenow={last}
      aria-valuetext={band.tips[last] ?? t('noValues')}
    />
  )
}

/** Patterns every chart on the page refers to, defined once in a visible (zero-size) SVG: a pattern inside a hidden SVG would not paint. */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" className="absolute">
      <defs>
        {MODELS.map((m) => {
          const { color, pattern } = MODEL_SERIES[m]
          return (
            <pattern key={m} id={`pat-${m}`} patternUnits="userSpaceOnUse" width="6" height="6">
              <rect width="6" height="6" fill={color} opacity={pattern === 'solid' ? 1 : 0.35} />
              {pattern === 'diagonal' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={color} strokeWidth="2" />}
              {pattern === 'dots' && <circle cx="3" cy="3" r="1.6" fill={color} />}
            </pattern>
          )
        })}
        <pattern id="chart-sc-paused" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" fill="var(--color-paper)" />
          <circle cx="3" cy="3" r="1" fill="var(--color-secure_communities)" opacity="0.5" />
        </pattern>
        <pattern id="chart-unlisted" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(-45)">
          <rect width="10" height="10" fill="var(--color-paper)" />
          <line x1="0" y1="0" x2="0" y2="10" stroke="var(--color-muted)" strokeWidth="1" strokeDasharray="2 2" />
        </pattern>
        <pattern id="chart-gap" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="var(--color-wash)" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="var(--color-line)" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  )
}

export function ChartLegend({ kind, extra, gaps = true }: { kind: 'line' | 'bar'; extra?: { label: string; swatch: ReactNode }[]; gaps?: boolean }) {
  const t = useTranslations('trends.legend')
  const models = useTranslations('labels.model')
  const items = [
    ...MODELS.map((m) => ({
      label: models(m),
      swatch:
        kind === 'line' ? (
          <line x1="0" y1="6" x2="28" y2="6" stroke={MODEL_SERIES[m].color} strokeWidth="2.5" strokeDasharray={MODEL_SERIES[m].dash} />
        ) : (
          <rect x="1" y="1" width="26" height="10" fill={`url(#pat-${m})`} stroke={MODEL_SERIES[m].color} />
        ),
    })),
    ...(extra ?? []),
    ...(gaps ? [{ label: t('gap'), swatch: <rect x="1" y="1" width="26" height="10" fill="url(#chart-gap)" stroke="var(--color-line)" /> }] : []),
  ]
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink" aria-label={t('label')}>
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg width="28" height="12" aria-hidden="true">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
