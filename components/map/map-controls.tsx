'use client'

import { useEffect, useState } from 'react'
import Link from 'next/link'
import { monthEnd, monthsBetween } from '@/lib/dates'
import { viewHref } from '@/lib/stats/view-params'

interface MapControlsProps {
  asOf: string
  today: string
  rollout: { from: string; to: string }
  onChange: (asOf: string) => void
}

const STEP_MS = 700

/** As-of date, plus a slider and play button that replay the rollout month by month. */
export function MapControls({ asOf, today, rollout, onChange }: MapControlsProps) {
  const months = monthsBetween(rollout.from, rollout.to)
  const index = Math.max(0, months.findIndex((m) => m >= asOf.slice(0, 7)))
  const position = asOf.slice(0, 7) > rollout.to ? months.length - 1 : index
  const [playing, setPlaying] = useState(false)
  // The controls do nothing until React has hydrated them; disabled until then, so no input is silently lost.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(() => {
      const next = position + 1
      if (next >= months.length) setPlaying(false)
      else onChange(monthEnd(months[next]!))
    }, STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, position, months, onChange])

  const play = () => {
    if (position >= months.length - 1 || asOf.slice(0, 7) > rollout.to) onChange(monthEnd(months[0]!))
    setPlaying((p) => !p)
  }

  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
      <label className="flex flex-col">
        <span className="text-muted">As-of date</span>
        <input type="date" disabled={!ready} value={asOf} min="2002-01-01" max={today} onChange={(e) => e.target.value && onChange(e.target.value)} className="rounded border border-line px-2 py-1" />
      </label>
      <div className="flex items-end gap-2">
        <button type="button" disabled={!ready} onClick={play} aria-pressed={playing} className="rounded border border-line bg-wash px-3 py-1">
          {playing ? 'Pause' : 'Play the rollout'}
        </button>
        <label className="flex flex-col">
          <span className="text-muted">Rollout month ({rollout.from} to {rollout.to})</span>
          <input
            type="range"
            disabled={!ready}
            min={0}
            max={months.length - 1}
            value={position}
            aria-valuetext={months[position]}
            onChange={(e) => {
              setPlaying(false)
              onChange(monthEnd(months[Number(e.target.value)]!))
            }}
            className="w-64"
          />
        </label>
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href={viewHref('/agreements', { asOf })}>Agreements on {asOf}</Link>
        <Link href={viewHref('/trends', { asOf })}>Charts on {asOf}</Link>
        <Link href={viewHref('/map/table', { asOf })}>Table of counties</Link>
      </p>
    </div>
  )
}
