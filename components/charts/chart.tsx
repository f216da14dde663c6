'use client'

import type { CSSProperties, ReactElement } from 'react'

export const FILL = { width: '100%', height: '100%' } as const

export type ChartConfig = Record<string, { label: string; color: string; dash?: string; pattern?: string; area?: boolean }>

interface ChartContainerProps {
  config: ChartConfig
  label: string
  height: number
  className?: string
  children: ReactElement
}

/** shadcn-style wrapper: exposes literal series colours as --color-<key>, sizes the chart and names it. Charts inside set `responsive` and fill it. */
export function ChartContainer({ config, label, height, className, children }: ChartContainerProps) {
  const style = Object.fromEntries(Object.entries(config).filter(([, v]) => !v.color.startsWith('var(')).map(([key, v]) => [`--color-${key}`, v.color])) as CSSProperties
  return (
    <figure aria-label={label} className={`w-full text-xs ${className ?? ''}`} style={{ ...style, height }}>
      {children}
    </figure>
  )
}

/** Fill patterns for bars, one per model (solid, diagonal hatch, dots). */
export function PatternDefs({ config }: { config: ChartConfig }) {
  return (
    <defs>
      {Object.entries(config).map(([key, v]) => (
        <pattern key={key} id={`pat-${key}`} patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" fill={v.color} opacity={v.pattern === 'solid' ? 1 : 0.35} />
          {v.pattern === 'diagonal' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={v.color} strokeWidth="2" />}
          {v.pattern === 'dots' && <circle cx="3" cy="3" r="1.6" fill={v.color} />}
        </pattern>
      ))}
    </defs>
  )
}

export function ChartLegend({ config, kind }: { config: ChartConfig; kind: 'line' | 'bar' }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink" aria-label="Legend">
      {Object.entries(config).map(([key, v]) => (
        <li key={key} className="flex items-center gap-1.5">
          <svg width="28" height="12" aria-hidden="true">
            {kind === 'line' && !v.area ? (
              <line x1="0" y1="6" x2="28" y2="6" stroke={v.color} strokeWidth="2.5" strokeDasharray={v.dash} />
            ) : kind === 'line' ? (
              <rect x="1" y="1" width="26" height="10" fill={v.color} opacity="0.25" stroke={v.color} />
            ) : (
              <>
                <PatternDefs config={{ [key]: v }} />
                <rect x="1" y="1" width="26" height="10" fill={`url(#pat-${key})`} stroke={v.color} />
              </>
            )}
          </svg>
          {v.label}
        </li>
      ))}
    </ul>
  )
}
