import Link from 'next/link'
import type { ReactNode } from 'react'

interface SiteFooterProps {
  /** The current page's "Cite this" (app/@cite), or nothing on pages that are not public. */
  cite?: ReactNode
}

export function SiteFooter({ cite }: SiteFooterProps) {
  return (
    <footer className="border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-6xl px-4 py-4">
        Data: ICE's published 287(g) lists (fact-sheet rosters 2010–2017, its web table 2021–2025 as archived, its workbooks since 2025) and Secure Communities county activations.{' '}
        <Link href="/sources">Sources and methods</Link> · <Link href="/docs/api">API</Link>
        {cite}
      </div>
    </footer>
  )
}
