import Link from 'next/link'
import type { Metadata } from 'next'
import { ListFilter } from '@/components/admin/list-filter'
import { listAdminPolicyEvents } from '@/lib/admin/queries'
import { readListParams } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Policy events' }

export default async function AdminPolicyEvents({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('editor', '/admin/policy-events')
  const q = readListParams(await searchParams)
  const { rows } = await listAdminPolicyEvents(q)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Policy events</h1>
      <p><Link href="/admin/policy-events/new">New policy event</Link></p>
      <ListFilter q={q.q} withState={false} label="Filter policy events" />
      <table className="w-full text-sm">
        <thead><tr className="text-left"><th>Date</th><th>Kind</th><th>Title</th><th><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-t border-line">
              <td>{e.date}</td><td>{e.kind}</td><td>{e.title}</td>
              <td className="space-x-2 whitespace-nowrap">
                <Link href={`/admin/policy-events/${e.id}/edit`} aria-label={`Edit ${e.title}`}>Edit</Link>
                <Link href={`/admin/history/policy-event/${e.id}`} aria-label={`History of ${e.title}`}>History</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
