'use client'

import { useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'

interface Tip {
  text: string
  x: number
  y: number
  /** The hovered slot (a month, a bar), shaded. */
  slot?: CSSProperties
}

const HALF = 130 // half the tooltip's maximum width: keeps it inside the chart near either edge
const parsed = new WeakMap<Element, string[]>()
const tipsOf = (el: Element) => parsed.get(el) ?? (parsed.set(el, JSON.parse(el.getAttribute('data-tips') ?? '[]') as string[]), parsed.get(el)!)

/**
 * The one piece of script behind the server-drawn charts. A hover band (`data-tips`) shows the tip of the slot under
 * the pointer; any other element with `data-tip` (a policy marker) shows its own, also when focused from the keyboard.
 */
export function ChartTips({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  const [tip, setTip] = useState<Tip | null>(null)
  /** The tip of slot i of a hover band, placed over that slot (at the pointer when there is one). */
  const showSlot = (el: Element, i: number, frame: DOMRect, clientX?: number, clientY?: number) => {
    const r = el.getBoundingClientRect()
    const tips = tipsOf(el)
    const alongX = el.getAttribute('data-along') === 'x'
    const size = (alongX ? r.width : r.height) / tips.length
    const slot = alongX
      ? { left: r.x - frame.x + i * size, top: r.y - frame.y, width: size, height: r.height }
      : { left: r.x - frame.x, top: r.y - frame.y + i * size, width: r.width, height: size }
    const x = clientX ?? (alongX ? r.x + (i + 0.5) * size : r.x + r.width / 2)
    const y = clientY ?? (alongX ? r.y + r.height / 2 : r.y + i * size)
    setTip({ text: tips[i]!, x: place(x, frame), y: y - frame.y, slot })
  }
  const place = (x: number, frame: DOMRect) => Math.min(Math.max(x - frame.x, HALF), Math.max(HALF, frame.width - HALF))
  const show = (target: EventTarget, clientX?: number, clientY?: number) => {
    const el = target instanceof Element ? target.closest('[data-tip],[data-tips]') : null
    const frame = box.current?.getBoundingClientRect()
    if (!el || !frame) return setTip(null)
    const r = el.getBoundingClientRect()
    if (!el.hasAttribute('data-tips')) return setTip({ text: el.getAttribute('data-tip') ?? '', x: place(clientX ?? r.x + r.width / 2, frame), y: (clientY ?? r.y) - frame.y })
    const tips = tipsOf(el)
    if (clientX === undefined || clientY === undefined) return showSlot(el, Number(el.getAttribute('aria-valuenow') ?? 0), frame)
    const alongX = el.getAttribute('data-along') === 'x'
    const size = (alongX ? r.width : r.height) / tips.length
    showSlot(el, Math.min(tips.length - 1, Math.max(0, Math.floor((alongX ? clientX - r.x : clientY - r.y) / size))), frame, clientX, clientY)
  }
  /** Arrow keys, Home and End step a focused hover band (a slider) through its slots. */
  const step = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = e.target instanceof Element && e.target.hasAttribute('data-tips') ? e.target : null
    const frame = box.current?.getBoundingClientRect()
    if (!el || !frame) return
    const last = tipsOf(el).length - 1
    const now = Number(el.getAttribute('aria-valuenow') ?? 0)
    const moves: Record<string, number> = { ArrowRight: now + 1, ArrowUp: now + 1, ArrowLeft: now - 1, ArrowDown: now - 1, PageUp: now + 12, PageDown: now - 12, Home: 0, End: last }
    if (!(e.key in moves)) return
    e.preventDefault()
    const i = Math.min(last, Math.max(0, moves[e.key]!))
    el.setAttribute('aria-valuenow', String(i))
    el.setAttribute('aria-valuetext', tipsOf(el)[i]!)
    showSlot(el, i, frame)
  }
  return (
    <div ref={box} className="relative" onPointerMove={(e) => show(e.target, e.clientX, e.clientY)} onPointerLeave={() => setTip(null)} onKeyDown={step} onFocus={(e) => show(e.target)} onBlur={() => setTip(null)}>
      {children}
      {tip?.slot && <div aria-hidden="true" className="pointer-events-none absolute bg-ink/10" style={tip.slot} />}
      {tip && (
        <div role="tooltip" className="pointer-events-none absolute z-10 w-max max-w-[260px] -translate-x-1/2 -translate-y-full rounded border border-line bg-paper px-2 py-1 text-xs shadow" style={{ left: tip.x, top: tip.y - 10 }}>
          {tip.text}
        </div>
      )}
    </div>
  )
}
