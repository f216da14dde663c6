import Link from 'next/link'
import { ModelCounts } from '@/components/stats/model-counts'
import { todayIso } from '@/lib/dates'
import { lastUpdated } from '@/lib/snapshots/queries'
import { activeStats, secureCommunitiesStats } from '@/lib/stats/queries'

export const dynamic = 'force-dynamic'

const PHASE_OUT = '2012-12-31'

export default async function HomePage() {
  const today = todayIso()
  const [now, end2012, scEnd2012, scNow, updated] = await Promise.all([
    activeStats(today),
    activeStats(PHASE_OUT),
    secureCommunitiesStats(PHASE_OUT),
    secureCommunitiesStats(today),
    lastUpdated(),
  ])
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">287(g) agreements between ICE and local law enforcement</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Every count rests on a dated ICE list. Dates no list covers are shown as gaps, never guessed.
          {updated && <> Data last updated {updated.slice(0, 10)}.</>}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <ModelCounts title="Today" asOf={today} total={now.total} byModel={now.by_model} basis={now.basis} href="/agreements" />
        <ModelCounts title="At the end of the 2012 phase-out" asOf={PHASE_OUT} total={end2012.total} byModel={end2012.by_model} basis={end2012.basis} href={`/agreements?as_of=${PHASE_OUT}`} />
      </div>
      <section aria-labelledby="sc" className="rounded border border-line p-4">
        <h2 id="sc" className="text-base font-semibold">Secure Communities coverage</h2>
        <p className="mt-2">
          <span className="text-3xl font-bold tabular">{scEnd2012.counties_activated.toLocaleString('en-US')}</span> of{' '}
          {scEnd2012.counties_total.toLocaleString('en-US')} counties ({(scEnd2012.share * 100).toFixed(1)}%) activated by {PHASE_OUT};{' '}
          <span className="font-semibold tabular">{scNow.counties_activated.toLocaleString('en-US')}</span> ({(scNow.share * 100).toFixed(1)}%) by January 2013, when the rollout finished.
        </p>
        <p className="mt-2 text-xs text-muted">
          Basis: county activation dates from ICE's IDENT/IAFIS interoperability statistics (White 2016) and a month-level compilation; see <Link href="/sources">sources</Link>.
        </p>
      </section>
      <p>
        <Link href="/trends">See the 287(g) phase-out against the Secure Communities rollout →</Link>
      </p>
    </div>
  )
}
