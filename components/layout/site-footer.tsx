import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-6xl px-4 py-4">
        Data: ICE's published 287(g) lists (2010–2012 rosters, 2025– workbooks) and Secure Communities county activations.{' '}
        <Link href="/sources">Sources and methods</Link> · <Link href="/docs/api">API</Link>
      </div>
    </footer>
  )
}
