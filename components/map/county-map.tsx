'use client'

import { memo, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { parseAsString, useQueryState } from 'nuqs'
import type { AgencyTuple, MapCounty, PeriodTuple } from '@/lib/stats/counties'
import { CountyDetail } from './county-detail'
import { MapControls } from './map-controls'
import { MapLegend } from './map-legend'
import { StatewideAgencies } from './statewide-agencies'
import { activeByCounty, countyLabel, countyStatus, validAsOf, type CountyStatus } from './map-model'

interface CountyMapProps {
  counties: MapCounty[]
  borders: string
  sources: string[]
  agencies: AgencyTuple[]
  periods: PeriodTuple[]
  viewBox: string
  today: string
  rollout: { from: string; to: string }
}

// Short class names keep 3,000+ paths light; the rules live in the <style> below.
const MAP_CSS = `
#county-map .n{fill:#3f2a66}#county-map .a{fill:#9a86c4}#county-map .o{fill:#f2f2f2}#county-map .x{fill:url(#no-date)}
#county-map path[role=button]{stroke:#fff;stroke-width:.4px;vector-effect:non-scaling-stroke;cursor:pointer;outline:none}
#county-map .b{fill:none;stroke:#fff;stroke-width:1.2px;vector-effect:non-scaling-stroke;pointer-events:none}
#county-map .g{fill:none;stroke:#000;stroke-width:1.6px;vector-effect:non-scaling-stroke;pointer-events:none}
#county-map .f{fill:none;stroke:#ffbf47;stroke-width:4px;vector-effect:non-scaling-stroke;pointer-events:none}`
const CLASS: Record<CountyStatus, string> = { new: 'n', on: 'a', off: 'o', none: 'x' }

const CountyPath = memo(function CountyPath({ fips, d, cls, label }: { fips: string; d: string; cls: string; label: string }) {
  return <path id={`c${fips}`} data-fips={fips} d={d} className={cls} role="button" tabIndex={0} aria-label={label} />
})

export function CountyMap({ counties, borders, sources, agencies, periods, viewBox, today, rollout }: CountyMapProps) {
  const [rawAsOf, setRawAsOf] = useQueryState('as_of', parseAsString.withOptions({ shallow: true, history: 'replace' }))
  const asOf = validAsOf(rawAsOf, today) ?? today
  const [selected, setSelected] = useState<string | null>(null)
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const overlay = useMemo(() => activeByCounty(agencies, periods, asOf), [agencies, periods, asOf])
  const drawn = useMemo(
    () => counties.map((c) => {
      const status = countyStatus(c[4], asOf)
      return { c, status, label: countyLabel(c, status, asOf, overlay.get(c[0]) ?? 0) }
    }),
    [counties, asOf, overlay],
  )
  const activated = drawn.filter((x) => x.status === 'new' || x.status === 'on').length
  const byFips = useMemo(() => new Map(drawn.map((x) => [x.c[0], x])), [drawn])

  const showTip = (target: EventTarget, clientX?: number, clientY?: number) => {
    const fips = (target as Element).getAttribute?.('data-fips')
    const item = fips ? byFips.get(fips) : undefined
    const frame = box.current?.getBoundingClientRect()
    if (!item || !frame) return setTip(null)
    const r = (target as Element).getBoundingClientRect()
    setTip({ text: item.label, x: (clientX ?? r.x + r.width / 2) - frame.x, y: (clientY ?? r.y) - frame.y })
  }
  const open = (target: EventTarget) => {
    const fips = (target as Element).getAttribute?.('data-fips')
    if (fips) setSelected(fips)
  }
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      open(e.target)
    }
  }

  return (
    <div className="space-y-3">
      <MapControls asOf={asOf} today={today} rollout={rollout} onChange={(d) => void setRawAsOf(d === today ? null : d)} />
      <p className="text-sm" aria-live="polite">
        On <span className="font-semibold">{asOf}</span>: Secure Communities active in <span className="font-semibold tabular">{activated.toLocaleString('en-US')}</span> of {counties.length.toLocaleString('en-US')} counties drawn; {overlay.size.toLocaleString('en-US')} counties with a county-level 287(g) agreement (outlined).
      </p>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div>
          <a href="#county-detail" className="sr-only focus:not-sr-only">Skip the county map</a>
          <div ref={box} className="relative">
            <svg
              id="county-map"
              viewBox={viewBox}
              className="h-auto w-full"
              role="group"
              aria-label={`County map: Secure Communities activation and county-level 287(g) agreements on ${asOf}`}
              onClick={(e: MouseEvent) => open(e.target)}
              onKeyDown={onKeyDown}
              onMouseMove={(e) => showTip(e.target, e.clientX, e.clientY)}
              onMouseLeave={() => setTip(null)}
              onFocus={(e) => showTip(e.target)}
              onBlur={() => setTip(null)}
            >
              <style>{MAP_CSS}</style>
              <defs>
                <pattern id="no-date" patternUnits="userSpaceOnUse" width="40" height="40">
                  <rect width="40" height="40" fill="#fff" />
                  <path d="M0 40L40 0" stroke="#777" strokeWidth="8" />
                </pattern>
              </defs>
              {drawn.map(({ c, status, label }) => (
                <CountyPath key={c[0]} fips={c[0]} d={c[1]} cls={CLASS[status]} label={label} />
              ))}
              <path className="b" d={borders} />
              {[...overlay.keys()].map((f) => (byFips.has(f) ? <use key={f} href={`#c${f}`} className="g" /> : null))}
              {selected && <use href={`#c${selected}`} className="f" />}
              <rect x="8600" y="5400" width="1050" height="600" fill="none" stroke="#999" strokeWidth="8" />
              <text x="8620" y="5470" fontSize="60" fill="#57606a">Puerto Rico</text>
            </svg>
            {tip && (
              <div aria-hidden="true" className="pointer-events-none absolute z-10 max-w-72 -translate-x-1/2 -translate-y-full rounded border border-line bg-paper px-2 py-1 text-xs shadow" style={{ left: tip.x, top: tip.y - 8 }}>
                {tip.text}
              </div>
            )}
          </div>
          <MapLegend />
        </div>
        <div className="space-y-4">
          <CountyDetail county={selected ? (byFips.get(selected)?.c ?? null) : null} sources={sources} agencies={agencies} periods={periods} asOf={asOf} />
          <StatewideAgencies agencies={agencies} periods={periods} asOf={asOf} />
        </div>
      </div>
    </div>
  )
}
