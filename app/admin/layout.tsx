import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { requirePage } from '@/lib/auth/guard'
import { signOut } from '@/lib/auth/actions'

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · 287(g) Tracker' }, robots: { index: false } }
export const dynamic = 'force-dynamic'

const NAV = [
  ['/admin/agreements', 'Agreements'], ['/admin/agencies', 'Agencies'], ['/admin/policy-events', 'Policy events'], ['/admin/counties', 'County activations'],
  ['/admin/import', 'Import'], ['/admin/corrections', 'Corrections'], ['/admin/merges', 'Merges'], ['/admin/audit', 'Audit log'],
] as const

// For the user's convenience only: every action and route checks again on its own.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePage('editor', '/admin')
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4 border-b border-line pb-3">
        <nav aria-label="Admin">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li><Link href="/admin">Admin home</Link></li>
            {NAV.map(([href, label]) => <li key={href}><Link href={href}>{label}</Link></li>)}
            {user.role === 'admin' && <li><Link href="/admin/users">Users and tokens</Link></li>}
          </ul>
        </nav>
        <form action={signOut} className="ml-auto flex items-center gap-2 text-sm">
          <span>Signed in as {user.email} ({user.role})</span>
          <button type="submit" className="rounded border border-line px-2 py-1">Sign out</button>
        </form>
      </div>
      {children}
    </div>
  )
}
