import { useTranslations } from 'next-intl'
import { BandAxis, ChartFigure, ChartLegend, CountAxis, Gaps, HoverTarget, Svg } from './chart'
import type { Frame, Layout } from './geometry'
import { MONTH_BAR_FRAMES, monthBarGeometry, stateBarFrames, stateBarGeometry, type BarGeometry, type MonthModelPoint, type StatePoint } from './bar-geometry'

function Bars({ g, label }: { g: BarGeometry; label: string }) {
  return (
    <>
    <g aria-hidden="true">
      {g.bars.map((b) => (
        <g key={b.key}>
          {b.segments.map((s) => (
            <rect key={s.model} x={s.x} y={s.y} width={s.width} height={s.height} fill={`url(#pat-${s.model})`} stroke={`var(--color-${s.model})`} />
          ))}
        </g>
      ))}
    </g>
    <HoverTarget band={g.hover} label={label} />
    </>
  )
}

/** Bars stacked by model, one per month; a month with no source is hatched, not drawn as zero. */
export function MonthModelBars({ rows, label, yLabel, layout }: { rows: MonthModelPoint[]; label: string; yLabel: string; layout: Layout }) {
  const t = useTranslations('trends.tips')
  const draw = (frame: Frame) => {
    const g = monthBarGeometry(rows, frame, t)
    return (
      <Svg frame={frame}>
        <text x={0} y={12} fill="var(--color-muted)" aria-hidden="true">
          {yLabel}
        </text>
        <CountAxis frame={frame} ticks={g.countTicks} along="y" />
        <Gaps frame={frame} gaps={g.gaps} />
        <Bars g={g} label={label} />
        <BandAxis frame={frame} ticks={g.bandTicks} along="x" />
      </Svg>
    )
  }
  return (
    <ChartFigure label={label} layout={layout} frames={MONTH_BAR_FRAMES} draw={draw}>
      <ChartLegend kind="bar" />
    </ChartFigure>
  )
}

/** Horizontal bars stacked by model, one per state. */
export function StateBars({ rows, label, layout }: { rows: StatePoint[]; label: string; layout: Layout }) {
  const t = useTranslations('trends.tips')
  const draw = (frame: Frame) => {
    const g = stateBarGeometry(rows, frame, t)
    return (
      <Svg frame={frame}>
        <CountAxis frame={frame} ticks={g.countTicks} along="x" />
        <Bars g={g} label={label} />
        <BandAxis frame={frame} ticks={g.bandTicks} along="y" />
      </Svg>
    )
  }
  return (
    <ChartFigure label={label} layout={layout} frames={stateBarFrames(rows.length)} draw={draw}>
      <ChartLegend kind="bar" gaps={false} />
    </ChartFigure>
  )
}
