'use client'

import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Renders its children once they come near the viewport, after hydration and in a transition. Drawing every chart
 * during hydration blocked a phone's main thread for seconds; now each chart is drawn in interruptible slices, and
 * charts further down cost nothing until the reader scrolls towards them. The space is kept, so nothing shifts.
 */
export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const io = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return
      // A transition lets React draw the chart in slices, so input is never blocked for long.
      startTransition(() => setShown(true))
      io.disconnect()
    }, { rootMargin: '400px 0px' })
    io.observe(el)
    return () => io.disconnect()
  }, [])
  return <div ref={ref} style={{ minHeight }}>{shown ? children : null}</div>
}
