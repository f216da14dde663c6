import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { BasisNote } from '@/components/layout/basis-note'
import { ExpiringMonths } from '@/components/agreements/expiring-months'
import { ExpiryCoverageNote } from '@/components/agreements/expiry-coverage-note'
import { QueryNotices } from '@/components/agreements/query-notices'
import { JAIL_EXTENSION, JailExtensionNote, PhaseOutReconciliation } from '@/components/policy/phase-out-2012'
import { parseAgreementQueryLenient } from '@/lib/agreements/query'
import { serializeAgreementSearch, toUrlSearchParams } from '@/lib/agreements/search-params'
import { basisAt, countExpiringBy, expiryCoverage, lastUpdated, upcomingExpirationsByMonth as upcomingExpirations } from '@/lib/cache/reads'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('expiring')
  return { title: t('metaTitle'), alternates: { types: { 'text/calendar': [{ url: '/feeds/expirations.ics', title: t('feedTitle') }] } } }
}

/** The first ICE roster held; before it no agreement of 2012 was on record. */
const FIRST_ROSTER = '2010-10-29'

const PHASE_OUT = { as_of: '2012-12-01', expires_before: '2013-01-01' }

export default async function ExpiringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = toUrlSearchParams(await searchParams)
  const { query, notices } = parseAgreementQueryLenient(new URLSearchParams(raw.has('as_of') ? { as_of: raw.get('as_of')! } : {}))
  const asOf = query.asOf
  const [months, coverage, phaseOut, basis, updated, t] = await Promise.all([
    upcomingExpirations(asOf),
    expiryCoverage(asOf),
    countExpiringBy(PHASE_OUT.as_of, PHASE_OUT.expires_before),
    basisAt(asOf),
    lastUpdated(),
    getTranslations('expiring'),
  ])
  const phaseOutHref = `/agreements${serializeAgreementSearch(PHASE_OUT)}`
  const showExtension = asOf >= FIRST_ROSTER && asOf <= JAIL_EXTENSION.until
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <BasisNote asOf={asOf} basis={basis} updated={updated} />
      </div>
      <QueryNotices notices={notices} />
      <ExpiryCoverageNote asOf={asOf} coverage={coverage} />
      <section aria-labelledby="hist" className="rounded border-2 border-accent p-4">
        <h2 id="hist" className="text-lg font-semibold">{t('hist')}</h2>
        <p className="mt-1">
          {t('histText', { total: phaseOut.total, taskForces: phaseOut.byModel.task_force ?? 0 })}
        </p>
        <p className="mt-2 text-lg">
          <Link href={phaseOutHref}>{t('histLink', { total: phaseOut.total })}</Link>
        </p>
        <div className="mt-3 space-y-3">
          <PhaseOutReconciliation count={phaseOut.byModel.task_force ?? 0} />
          <JailExtensionNote id="jail-extension-2012" />
        </div>
      </section>
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-lg font-semibold">
          {t('upcoming', { date: asOf })}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col gap-0.5">
            <span className="text-xs text-muted">{t('asOf')}</span>
            <input type="date" name="as_of" defaultValue={asOf} className="rounded border border-line px-2 py-1" />
          </label>
          <button type="submit" className="rounded border border-line bg-wash px-3 py-1">{t('show')}</button>
        </form>
        {months.length > 0 ? (
          <ExpiringMonths asOf={asOf} months={months} />
        ) : (
          <p>{t('none', { date: asOf })}</p>
        )}
        {showExtension && (
          <section aria-labelledby="june-2013" className="rounded border border-dashed border-line p-3">
            <h3 id="june-2013" className="font-semibold">
              {t.rich('june', { extended: JAIL_EXTENSION.extended, muted: (c) => <span className="font-normal text-muted">{c}</span> })}
            </h3>
            <p className="text-sm">
              {t('juneText', { extended: JAIL_EXTENSION.extended, onRoster: JAIL_EXTENSION.onRoster })} <a href="#jail-extension-2012">{t('known')}</a>
            </p>
          </section>
        )}
      </section>
    </div>
  )
}
