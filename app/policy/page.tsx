import type { Metadata } from 'next'
import { CriteriaSets } from '@/components/policy/criteria-sets'
import { EventList } from '@/components/policy/event-list'
import { todayIso } from '@/lib/dates'
import { listCriteriaSets, listPolicyEvents } from '@/lib/policy/queries'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Policy timeline' }

export default async function PolicyPage() {
  const [events, sets] = await Promise.all([listPolicyEvents(), listCriteriaSets()])
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Policy timeline</h1>
        <p className="mt-1 max-w-3xl text-muted">
          The dated decisions, memos and orders behind the numbers, each with its source, and links to the agreements, charts and map of its date.
        </p>
      </div>
      <section aria-labelledby="criteria-title" className="space-y-3">
        <h2 id="criteria-title" className="text-lg font-semibold">Detainer criteria, by version</h2>
        <CriteriaSets sets={sets} />
      </section>
      <section aria-labelledby="events-title" className="space-y-3">
        <h2 id="events-title" className="text-lg font-semibold">Events ({events.length})</h2>
        <EventList events={events} today={todayIso()} />
      </section>
    </div>
  )
}
