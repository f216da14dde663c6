'use client'

import { useEffect } from 'react'

/** Citations made when every list was on /sources point at `/sources#list-N`: send them on to that list's own page. */
export function ListHashRedirect({ base }: { base: string }) {
  useEffect(() => {
    const m = /^#list-(\d+)$/.exec(window.location.hash)
    if (m) window.location.replace(`${base}/${m[1]}`)
  }, [base])
  return null
}
