import type { ReactNode } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'
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
  const lang = englishText(useLocale())
  return 'url' in s && s.url ? <a href={s.url} lang={lang}>{s.name}</a> : <span lang={lang}>{s.name}</span>
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
  const title = useTranslations('policy')('why', { count })
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
  const t = useTranslations('policy')
  const b = (c: ReactNode) => <strong>{c}</strong>
  return (
    <>
      <p className="mt-1">{t('recon1', { count })}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        <li>{t.rich('recon25', { b, source: () => <Source s={PHASE_OUT_SOURCES.scpr} /> })}</li>
        <li>
          {t.rich('recon32', {
            b,
            source: () => <Source s={PHASE_OUT_SOURCES.cis} />,
            link: (c) => <Link href="/policy#2012-06-25-arizona-rescission">{c}</Link>,
          })}
        </li>
      </ul>
      <p className="mt-1">{t('recon2', { oig: PHASE_OUT_SOURCES.oig.name })}</p>
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
  const t = useTranslations('policy')
  return (
    <section aria-labelledby={id} className="scroll-mt-4 rounded border border-dashed border-line p-3">
      <H id={id} className="font-semibold">
        {t.rich('jailTitle', { extended, muted: (c) => <span className="font-normal text-muted">{c}</span> })}
      </H>
      <p className="mt-1 text-sm">
        {t.rich('jailText', { onRoster, extended, time: (c) => <time dateTime={until}>{c}</time>, source: () => <Source s={PHASE_OUT_SOURCES.scpr} /> })}
      </p>
      <p className="mt-1 text-sm">
        <Link href={jailRosterHref}>{t('jailLink', { onRoster })}</Link>
      </p>
    </section>
  )
}
