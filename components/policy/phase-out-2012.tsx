import { Link } from '@/lib/i18n/navigation'
import { serializeAgreementSearch } from '@/lib/agreements/search-params'

/** The sources the 2012 figures rest on; numbers quoted from them are theirs, not counts of this tracker. */
export const PHASE_OUT_SOURCES = {
  scpr: { name: 'SCPR Multi-American, Dec 27, 2012', url: 'https://www.scpr.org/blogs/multiamerican/2012/12/27/11741/' },
  cis: { name: 'CIS, Jessica Vaughan, “ICE Cancels Enforcement Agreements with 32 Local Partners”, Dec 31, 2012', url: 'https://cis.org/vaughan/ice-cancels-enforcement-agreements-32-local-partners' },
  oig: { name: 'DHS OIG-12-130 (Sep 2012)' },
} as const

/** ICE's roster "signed as of 12/31/2012": 39 agreements, all jail model; 33 of them were due on Dec 31, 2012. */
export const JAIL_EXTENSION = { rosterDate: '2012-12-31', onRoster: 39, extended: 33, until: '2013-06-30' } as const

export const jailRosterHref = `/agreements${serializeAgreementSearch({ as_of: '2013-01-01', model: ['jail_enforcement'] })}`

function Source({ s }: { s: { name: string; url?: string } }) {
  return 'url' in s && s.url ? <a href={s.url}>{s.name}</a> : <>{s.name}</>
}

interface PhaseOutReconciliationProps {
  /** The task-force agreements this tracker counts as ending on Dec 31, 2012 (from ICE's rosters). */
  count: number
  headingLevel?: 'h2' | 'h3'
  /** Folded behind its heading, for a page whose table should stay in view (the agreements table). */
  collapsed?: boolean
}

/** Why the tracker says 17 where the press said 25 (and CIS 32 + 7): shown wherever the 17 is. */
export function PhaseOutReconciliation({ count, headingLevel: H = 'h3', collapsed = false }: PhaseOutReconciliationProps) {
  const title = `Why this tracker counts ${count} task forces ending on Dec 31, 2012, when the press reported 25`
  if (collapsed) {
    return (
      <details className="rounded border border-line bg-wash p-3 text-sm">
        <summary className="cursor-pointer font-semibold">{title}</summary>
        <Reconciliation count={count} />
      </details>
    )
  }
  return (
    <aside aria-labelledby="why-17" className="rounded border border-line bg-wash p-3 text-sm">
      <H id="why-17" className="font-semibold">{title}</H>
      <Reconciliation count={count} />
    </aside>
  )
}

function Reconciliation({ count }: { count: number }) {
  return (
    <>
      <p className="mt-1">
        {count} is what ICE’s own tables show: the task-force agreements on its roster of Oct 16, 2012 that are absent from its roster “signed as of 12/31/2012”,
        counted one per agreement. The press counted differently:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        <li>
          287(g) agreements expired on Dec 31, 2012 for <strong>25 agencies</strong> (<Source s={PHASE_OUT_SOURCES.scpr} />).
        </li>
        <li>
          <strong>32</strong> task-force partnerships were terminated, on top of the <strong>7</strong> Arizona task forces rescinded on June 25, 2012 (
          <Source s={PHASE_OUT_SOURCES.cis} />; <Link href="/policy#2012-06-25-arizona-rescission">the Arizona rescission</Link>).
        </li>
      </ul>
      <p className="mt-1">
        No official list of the 25 was found, and the rosters cannot reproduce it name by name: ICE listed each agency under one model, so an agency holding
        a jail and a task-force agreement (9 such joint agreements in Aug 2012, per {PHASE_OUT_SOURCES.oig.name}) whose task-force part ended while its jail part
        continued does not show as a removal. CIS names the Frederick County, MD and Collier County, FL task-force units among those terminated; ICE’s roster
        lists both only as jail enforcement. The figures may count different units (agencies, agreements, partnerships).
      </p>
    </>
  )
}

/** A view that includes the Dec 31, 2012 expirations: dated between ICE's last two 2012 rosters, expiring after Dec 30. */
export function showsPhaseOut(q: { asOf: string; expiresBefore: string | null }): boolean {
  return q.asOf >= '2012-10-16' && q.asOf <= '2012-12-31' && q.expiresBefore !== null && q.expiresBefore > '2012-12-31'
}

/** The jail agreements ICE kept past Dec 31, 2012: an aggregate, because no source names them. */
export function JailExtensionNote({ headingLevel: H = 'h3', id = 'jail-extension' }: { headingLevel?: 'h2' | 'h3'; id?: string }) {
  const { onRoster, extended, until } = JAIL_EXTENSION
  return (
    <section aria-labelledby={id} className="scroll-mt-4 rounded border border-dashed border-line p-3">
      <H id={id} className="font-semibold">
        {extended} jail-model agreements continued to June 30, 2013 <span className="font-normal text-muted">(not named by the sources)</span>
      </H>
      <p className="mt-1 text-sm">
        Of the {onRoster} jail-model agreements on ICE’s roster of Dec 31, 2012, {extended} were also due to expire on Dec 31, 2012; ICE told those agencies
        they would continue until <time dateTime={until}>June 30, 2013</time>, under review (<Source s={PHASE_OUT_SOURCES.scpr} />). The sources do not say which{' '}
        {extended}, so no agreement in this tracker carries that date.
      </p>
      <p className="mt-1 text-sm">
        <Link href={jailRosterHref}>See the {onRoster} jail-model agreements on the Dec 31, 2012 roster</Link>
      </p>
    </section>
  )
}
