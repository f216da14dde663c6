'use client'

import { useClientText } from '@/lib/i18n/client'
import { useEffect, useState } from 'react'
import { monthEnd, monthsBetween } from '@/lib/dates'
import { useMapUrl } from './use-map-url'

const STEP_MS = 700

/** A slider and play button that replay the rollout month by month; each step is drawn by the server. */
export function RolloutReplay({ asOf, rollout }: { asOf: string; rollout: { from: string; to: string } }) {
  const t = useClientText('replay')
  const setUrl = useMapUrl()
  const months = monthsBetween(rollout.from, rollout.to)
  const index = Math.max(0, months.findIndex((m) => m >= asOf.slice(0, 7)))
  const position = asOf.slice(0, 7) > rollout.to ? months.length - 1 : index
  const [playing, setPlaying] = useState(false)
  // Disabled until hydrated, so an early change is not silently lost.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const go = (i: number) => setUrl({ as_of: monthEnd(months[i]!) })

  // The next step waits for the server's drawing of this one (asOf comes back from the server).
  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(() => (position + 1 >= months.length ? setPlaying(false) : go(position + 1)), STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, asOf])

  const play = () => {
    if (!playing && position >= months.length - 1) go(0)
    setPlaying((p) => !p)
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <button type="button" disabled={!ready} onClick={play} aria-pressed={playing} className="rounded border border-line bg-wash px-3 py-1">
        {playing ? t('pause') : t('play')}
      </button>
      <label className="flex flex-col">
        <span className="text-muted">{t('month', { from: rollout.from, to: rollout.to })}</span>
        <input
          type="range"
          disabled={!ready}
          min={0}
          max={months.length - 1}
          value={position}
          aria-valuetext={months[position]}
          onChange={(e) => {
            setPlaying(false)
            go(Number(e.target.value))
          }}
          className="w-56 max-w-full"
        />
      </label>
    </div>
  )
}
