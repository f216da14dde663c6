import type { Metadata } from 'next'
import { AuditEntryView } from '@/components/admin/audit-entry'
import { Pager } from '@/components/admin/list-filter'
import { listAudit } from '@/lib/admin/audit-queries'
import { readAuditParams } from '@/lib/admin/search-params'
import { requirePage } from '@/lib/auth/guard'

export const metadata: Metadata = { title: 'Audit log' }

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('editor', '/admin/audit')
  const q = readAuditParams(await searchParams)
  const { rows, total, pageCount, types } = await listAudit(q)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form role="search" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3">
        <p><label htmlFor="a-user" className="block text-sm font-medium">User</label><input id="a-user" name="user" defaultValue={q.user} className="rounded border border-line px-2 py-1" /></p>
        <p>
          <label htmlFor="a-type" className="block text-sm font-medium">Record type</label>
          <select id="a-type" name="type" defaultValue={q.type} className="rounded border border-line px-2 py-1">
            <option value="">All</option>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </p>
        <p><label htmlFor="a-from" className="block text-sm font-medium">From</label><input id="a-from" name="from" type="date" defaultValue={q.from} className="rounded border border-line px-2 py-1" /></p>
        <p><label htmlFor="a-to" className="block text-sm font-medium">To</label><input id="a-to" name="to" type="date" defaultValue={q.to} className="rounded border border-line px-2 py-1" /></p>
        <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">Filter</button>
      </form>
      <p className="text-sm text-muted">{total.toLocaleString('en-US')} entries</p>
      <ol className="space-y-3">
        {rows.map((e) => <li key={e.id} className="rounded border border-line p-3"><AuditEntryView entry={e} withRecord /></li>)}
      </ol>
      <Pager page={q.page} pageCount={pageCount} params={{ user: q.user, type: q.type, from: q.from, to: q.to }} />
    </div>
  )
}
