'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'

/**
 * Writes map parameters into the URL (replacing the history entry, keeping the scroll) and lets the server draw the
 * new state. Next's own router, not nuqs: the map's only URL writes are these two, and the adapter cost 4 KB of
 * first-load JS on a page at the 140 KB budget.
 */
export function useMapUrl() {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  return (changes: Record<string, string | null>) => {
    const q = new URLSearchParams(params.toString())
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) q.delete(k)
      else q.set(k, v)
    }
    const s = q.toString()
    router.replace(`${pathname}${s ? `?${s}` : ''}`, { scroll: false })
  }
}
