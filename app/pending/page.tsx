import type { Metadata } from 'next'
import { Link } from '@/lib/i18n/navigation'
import { PendingListSection } from '@/components/pending/pending-list'
import { lastUpdated } from '@/lib/snapshots/queries'
import { pendingList } from '@/lib/pending/queries'
import { readAsOfParam } from '@/lib/states/page-params'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Pending agreements' }

interface PendingPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PendingPage({ searchParams }: PendingPageProps) {
  const raw = await searchParams
  const { asOf, notices } = readAsOfParam(raw)
  const [list, updated] = await Promise.all([pendingList(raw.as_of && !notices.length ? asOf : undefined), lastUpdated()])
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Pending 287(g) applications</h1>
        <p className="max-w-3xl">
          From February 2025 to February 2026 ICE also published a list of agencies whose agreements were pending. An application counts as signed when the
          same agency and model appear on a participating list of the same date or later; it vanished when it is on no later list at all.
        </p>
        {notices.map((n) => (
          <p key={n} role="status" className="rounded border border-line bg-wash p-2 text-sm">{n}</p>
        ))}
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col">
            Pending list in force on
            <input type="date" name="as_of" defaultValue={list?.asOf} min="2025-02-21" className="rounded border border-line px-2 py-1" />
          </label>
          <button type="submit" className="rounded border border-line px-3 py-1">Show</button>
          {list?.previous && <Link href={`/pending?as_of=${list.previous}`}>← list of {list.previous}</Link>}
          {list?.next && <Link href={`/pending?as_of=${list.next}`}>list of {list.next} →</Link>}
        </form>
        <p className="text-sm text-muted">
          {list ? <>Basis: {list.label} (one of the pending lists of {list.datesHeld} dates held), and ICE's participating lists.</> : 'No pending list is held for that date.'}
          {updated && <> Data last updated {updated.slice(0, 10)}.</>}
        </p>
      </div>
      {list && <PendingListSection list={list} />}
    </div>
  )
}
