import Link from 'next/link'

const NAV = [
  { href: '/agreements', label: 'Agreements' },
  { href: '/states', label: 'States' },
  { href: '/expiring', label: 'Expiring' },
  { href: '/pending', label: 'Pending' },
  { href: '/trends', label: 'Trends' },
  { href: '/compare', label: 'Compare' },
  { href: '/map', label: 'Map' },
  { href: '/policy', label: 'Policy' },
  { href: '/sources', label: 'Sources' },
]

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-wash">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-ink">
          287(g) Tracker
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" role="search" aria-label="Site" className="ml-auto">
          <label htmlFor="site-search" className="sr-only">
            Search agencies
          </label>
          <input id="site-search" name="q" type="search" placeholder="Search agencies" className="w-48 rounded border border-line px-2 py-1 text-sm" />
        </form>
      </div>
    </header>
  )
}
