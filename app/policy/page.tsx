import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CriteriaSets } from '@/components/policy/criteria-sets'
import { EventList } from '@/components/policy/event-list'
import { JailExtensionNote, PhaseOutReconciliation } from '@/components/policy/phase-out-2012'
import { todayIso } from '@/lib/dates'
import { countExpiringBy, listCriteriaSets, listPolicyEvents } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('policy'))('metaTitle') }
}

export default async function PolicyPage() {
  const [events, sets, phaseOut, t] = await Promise.all([listPolicyEvents(), listCriteriaSets(), countExpiringBy('2012-12-01', '2013-01-01'), getTranslations('policy')])
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t('lede')}
        </p>
        {t('englishNote') && <p className="mt-1 max-w-3xl text-sm text-muted">{t('englishNote')}</p>}
      </div>
      <section aria-labelledby="end-2012" className="space-y-3">
        <h2 id="end-2012" className="text-lg font-semibold">{t('end2012')}</h2>
        <PhaseOutReconciliation count={phaseOut.byModel.task_force ?? 0} />
        <JailExtensionNote />
      </section>
      <section aria-labelledby="criteria-title" className="space-y-3">
        <h2 id="criteria-title" className="text-lg font-semibold">{t('criteria')}</h2>
        <CriteriaSets sets={sets} />
      </section>
      <section aria-labelledby="events-title" className="space-y-3">
        <h2 id="events-title" className="text-lg font-semibold">{t('events', { count: events.length })}</h2>
        <EventList events={events} today={todayIso()} />
      </section>
    </div>
  )
}
