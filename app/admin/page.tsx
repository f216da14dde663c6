import Link from 'next/link'
import { listSuggestions } from '@/lib/corrections/queries'
import { requirePage } from '@/lib/auth/guard'

export default async function AdminHome() {
  await requirePage('editor', '/admin')
  const open = await listSuggestions('open')
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Admin</h1>
      <p>Every change needs a reason and a source, is checked against the version you started from, and is recorded in the <Link href="/admin/audit">audit log</Link>.</p>
      <p>
        <Link href="/admin/corrections">{open.length} open correction suggestion{open.length === 1 ? '' : 's'}</Link>
      </p>
    </div>
  )
}
