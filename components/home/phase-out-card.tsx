import Link from 'next/link'
import { MODEL_SERIES } from '@/components/charts/series'
import type { SparkPoint } from './sparkline-geometry'
import { Sparkline } from './sparkline'

interface PhaseOutCardProps {
  taskForces: SparkPoint[]
  jail: SparkPoint[]
  /** Task-force agreements active on Dec 1, 2012 with an expiry of Dec 31, 2012. */
  ending: number
  expiringHref: string
  sc: { counties_activated: number; counties_total: number; share: number }
}

const SCPR = 'https://www.scpr.org/blogs/multiamerican/2012/12/27/11741/'
const CIS = 'https://cis.org/vaughan/ice-cancels-enforcement-agreements-32-local-partners'

/** The 2012 phase-out: task forces on ICE's rosters, the agreements that ended Dec 31, 2012, and why the press said 25. */
export function PhaseOutCard({ taskForces, jail, ending, expiringHref, sc }: PhaseOutCardProps) {
  return (
    <section aria-labelledby="phase-out" className="rounded border border-line p-4">
      <h2 id="phase-out" className="text-base font-semibold">
        The 2012 phase-out
      </h2>
      <p className="mt-1 text-sm">
        <Link href={expiringHref} className="text-2xl font-bold tabular">
          {ending.toLocaleString('en-US')}
        </Link>{' '}
        task-force agreements ended on Dec 31, 2012: on ICE’s roster of 10/16/2012, gone from its roster of 12/31/2012.
      </p>
      <p className="mt-1 text-sm" id="reconcile-25">
        Why the press said 25: SCPR reported that agreements{' '}
        <a href={SCPR}>expired for 25 agencies</a> (Dec 27, 2012). ICE published no list of the 25. Its rosters count agreements, and an
        agency whose task-force part ended while its jail part continued (CIS names Frederick Co., MD and Collier Co., FL) is never a
        removal; 3 more task forces had left by 10/16/2012. <a href={CIS}>CIS counted 32</a>, plus Arizona’s 7 rescinded in June.
      </p>
      <div className="mt-2">
        <Sparkline
          id="phase-out"
          title="Task-force and jail agreements on ICE’s rosters, 2010–2013"
          label={`Step chart of task-force and jail-model agreements by month, ${taskForces[0]?.month ?? ''} to ${taskForces.at(-1)?.month ?? ''}: task forces fall to zero at the end of 2012.`}
          series={[
            { key: 'task_force', label: MODEL_SERIES.task_force.label, color: MODEL_SERIES.task_force.color, dash: MODEL_SERIES.task_force.dash, points: taskForces },
            { key: 'jail', label: MODEL_SERIES.jail_enforcement.label, color: MODEL_SERIES.jail_enforcement.color, dash: MODEL_SERIES.jail_enforcement.dash, points: jail },
          ]}
        />
      </div>
      <p className="mt-1 text-xs text-muted">
        By then Secure Communities ran in {sc.counties_activated.toLocaleString('en-US')} of {sc.counties_total.toLocaleString('en-US')} counties
        ({(sc.share * 100).toFixed(1)}%). <Link href="/policy#2012-12-31-task-force-expiry">The sequence, with sources</Link> ·{' '}
        <Link href="/sources">the rosters</Link>
      </p>
    </section>
  )
}
