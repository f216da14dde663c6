'use client'

import { useRef, useState, type ReactNode } from 'react'
import { makeTabStop, ROVING_KEYS, target } from './roving'
import { useMapUrl } from './use-map-url'

/**
 * Clicks, Enter/Space, arrow keys (roving.ts) and tips for the server-drawn counties (event delegation: one listener for
 * 3,000+ paths).
 * Selecting a county writes `county=` to the URL; the server draws its highlight and detail.
 */
export function MapInteractions({ children }: { children: ReactNode }) {
  const setUrl = useMapUrl()
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const fipsOf = (t: EventTarget) => (t instanceof Element ? t.getAttribute('data-fips') : null)
  const show = (t: EventTarget, clientX?: number, clientY?: number) => {
    const frame = box.current?.getBoundingClientRect()
    if (!fipsOf(t) || !frame) return setTip(null)
    const r = (t as Element).getBoundingClientRect()
    setTip({ text: (t as Element).getAttribute('aria-label') ?? '', x: (clientX ?? r.x + r.width / 2) - frame.x, y: (clientY ?? r.y) - frame.y })
  }
  const select = (t: EventTarget) => {
    const fips = fipsOf(t)
    if (!fips) return
    if (box.current) makeTabStop(box.current, t as Element)
    setUrl({ county: fips })
  }
  return (
    <div
      ref={box}
      className="relative"
      onClick={(e) => select(e.target)}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && fipsOf(e.target)) {
          e.preventDefault()
          select(e.target)
        } else if (ROVING_KEYS.has(e.key) && fipsOf(e.target) && box.current) {
          e.preventDefault()
          const next = target([...box.current.querySelectorAll('[data-fips]')], e.target as Element, e.key)
          if (next instanceof SVGElement) {
            makeTabStop(box.current, next)
            next.focus()
          }
        }
      }}
      onMouseMove={(e) => show(e.target, e.clientX, e.clientY)}
      onMouseLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip && (
        <div aria-hidden="true" className="pointer-events-none absolute z-10 max-w-72 -translate-x-1/2 -translate-y-full rounded border border-line bg-paper px-2 py-1 text-xs shadow" style={{ left: tip.x, top: tip.y - 8 }}>
          {tip.text}
        </div>
      )}
    </div>
  )
}
