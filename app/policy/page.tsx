import type { Metadata } from 'next'
import { CriteriaSets } from '@/components/policy/criteria-sets'
import { EventList } from '@/components/policy/event-list'
import { JailExtensionNote, PhaseOutReconciliation } from '@/components/policy/phase-out-2012'
import { todayIso } from '@/lib/dates'
import { countExpiringBy, listCriteriaSets, listPolicyEvents } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Policy timeline' }

export default async function PolicyPage() {
  const [events, sets, phaseOut] = await Promise.all([listPolicyEvents(), listCriteriaSets(), countExpiringBy('2012-12-01', '2013-01-01')])
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Policy timeline</h1>
        <p className="mt-1 max-w-3xl text-muted">
          The dated decisions, memos and orders behind the numbers, each with its source, and links to the agreements, charts and map of its date.
        </p>
      </div>
      <section aria-labelledby="end-2012" className="space-y-3">
        <h2 id="end-2012" className="text-lg font-semibold">The end of 2012, in the sources’ numbers</h2>
        <PhaseOutReconciliation count={phaseOut.byModel.task_force ?? 0} />
        <JailExtensionNote />
      </section>
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
