import type { Metadata } from 'next'
import { PendingListSection } from '@/components/pending/pending-list'
import { lastUpdated } from '@/lib/snapshots/queries'
import { pendingLists } from '@/lib/pending/queries'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Pending agreements' }

export default async function PendingPage() {
  const [lists, updated] = await Promise.all([pendingLists(), lastUpdated()])
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Pending 287(g) applications</h1>
        <p className="max-w-3xl">
          ICE sometimes publishes a list of agencies whose agreements are pending. An application counts as signed when the same agency and
          model appear on a participating list of the same date or later; it vanished when it is on no later list at all.
        </p>
        <p className="text-sm text-muted">
          Basis: {lists.length ? lists.map((l) => l.label).join(', ') : 'no pending list is held'}, and ICE's participating lists.
          {updated && <> Data last updated {updated.slice(0, 10)}.</>}
        </p>
      </div>
      {lists.map((l) => (
        <PendingListSection key={l.id} list={l} />
      ))}
    </div>
  )
}
