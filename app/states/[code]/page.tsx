import type { Metadata } from 'next'
import { notice } from '@/lib/i18n/notice'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { AsOfForm } from '@/components/states/as-of-form'
import { BasisNote } from '@/components/layout/basis-note'
import { ChangesTable } from '@/components/states/changes-table'
import { ExpirationsList } from '@/components/states/expirations-list'
import { Notices } from '@/components/states/notices'
import { StateAgencies } from '@/components/states/state-agencies'
import { StateAgreements } from '@/components/states/state-agreements'
import { StateBreakdownView } from '@/components/states/state-breakdown'
import { StateRank } from '@/components/states/state-rank'
import { StateRosters } from '@/components/states/state-rosters'
import { StateSecureCommunities } from '@/components/states/state-secure-communities'
import { StatesOverview } from '@/components/states/states-overview'
import { ModelCounts } from '@/components/stats/model-counts'
import { AgreementQuerySchema, toAgreementQuery } from '@/lib/agreements/query'
import { todayIso } from '@/lib/dates'
import { STATE_MAP_VIEWBOX, stateShapes } from '@/lib/geo/states'
import { readAsOfParam, readPageParam, readStateParam, readStateSort, sortStates } from '@/lib/states/page-params'
import { rankBy } from '@/lib/states/ranks'
import { stateName } from '@/lib/states'
import { lastUpdated, stateSummaries } from '@/lib/cache/reads'
import { listAllAgreements, stateAgencies, stateBreakdown, stateRecentChanges, stateRosterHistory, stateSecureCommunities, upcomingExpirations } from '@/lib/cache/reads-scoped'

export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ code: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = readStateParam((await params).code)
  if (!code) return { title: (await getTranslations('states'))('metaTitle') }
  const t = await getTranslations('state')
  return {
    title: stateName(code),
    alternates: {
      types: {
        'application/atom+xml': [{ url: `/feeds/changes.atom?state=${code}`, title: t('atom', { name: stateName(code) }) }],
        'text/calendar': [{ url: `/feeds/expirations.ics?state=${code}`, title: t('ics', { name: stateName(code) }) }],
      },
    },
  }
}

/** Above this many active agreements a state page summarises them and links to the table instead of listing them. */
const LIST_AT_MOST = 60

export default async function StatePage({ params, searchParams }: Props) {
  const [{ code: rawCode }, raw] = await Promise.all([params, searchParams])
  const today = todayIso()
  const { asOf, notices } = readAsOfParam(raw, today)
  const asOfParam = asOf === today ? null : asOf
  const code = readStateParam(rawCode)
  const t = await getTranslations('state')
  if (!code) {
    const { sort } = readStateSort({})
    const [summary, updated] = await Promise.all([stateSummaries(asOf), lastUpdated()])
    const noState = notice('noState', { code: decodeURIComponent(rawCode).slice(0, 20) })
    return <StatesOverview asOf={asOf} asOfParam={asOfParam} today={today} basis={summary.basis} gap={summary.gap} updated={updated} states={sortStates(summary.states, sort)} sort={sort} map={{ ...stateShapes(), viewBox: STATE_MAP_VIEWBOX }} notices={[noState, ...notices]} />
  }
  const name = stateName(code)
  const { page, notices: pageNotices } = readPageParam(raw)
  const [summary, breakdown, agencies, sc, recent, expirations, rosters, updated] = await Promise.all([
    stateSummaries(asOf), stateBreakdown(code, asOf), stateAgencies(code, asOf, page), stateSecureCommunities(code),
    stateRecentChanges(code, asOf), upcomingExpirations({ states: [code] }, asOf), stateRosterHistory(code), lastUpdated(),
  ])
  const listed = !summary.gap && breakdown.agreements <= LIST_AT_MOST
  const agreements = listed ? await listAllAgreements(toAgreementQuery(AgreementQuerySchema.parse({ state: code, ...(asOfParam && { as_of: asOfParam }), per_page: String(LIST_AT_MOST) }), today)) : []
  const row = summary.states.find((s) => s.code === code)!
  const q = asOfParam ? `?as_of=${asOfParam}` : ''
  const tableHref = `/agreements?state=${code}${asOfParam ? `&as_of=${asOfParam}` : ''}`
  const pageHref = (p: number) => `/states/${code}?${new URLSearchParams({ ...(asOfParam && { as_of: asOfParam }), ...(p > 1 && { page: String(p) }) })}`
  const ranks = { agreements: rankBy(summary.states, code, (s) => s.total)!, agencies: rankBy(summary.states, code, (s) => s.agencies)! }
  const pageNotice = page > agencies.pageCount ? [notice('noPage', { page, name, pages: agencies.pageCount })] : []
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm"><Link href={`/states${q}`}>{t('all')}</Link></p>
        <h1 className="text-2xl font-bold">{t('title', { name })}</h1>
        <BasisNote asOf={asOf} basis={summary.basis} updated={updated} />
        <Notices notices={[...notices, ...pageNotices, ...pageNotice]} />
        <AsOfForm asOf={asOf} max={today} />
        <p className="text-sm">
          {t('subscribe')} <a href={`/feeds/changes.atom?state=${code}`}>{t('feed', { name })}</a> · <a href={`/feeds/expirations.ics?state=${code}`}>{t('calendar', { name })}</a>
        </p>
      </div>
      <ModelCounts title={t('countsTitle', { name, date: asOf })} asOf={asOf} total={summary.gap ? null : row.total} byModel={summary.gap ? null : row} basis={summary.basis} href={tableHref} />
      {!summary.gap && <StateRank agreements={ranks.agreements} agencies={ranks.agencies} asOf={asOf} tableHref={`/states${q}#states-table`} />}
      {listed || summary.gap ? (
        <StateAgreements stateName={name} asOf={asOf} items={agreements} tableHref={tableHref} gap={summary.gap} />
      ) : (
        <StateBreakdownView code={code} stateName={name} asOf={asOf} asOfParam={asOfParam} byModel={row} breakdown={breakdown} />
      )}
      <StateAgencies stateName={name} asOf={asOf} agencies={agencies.rows} total={agencies.total} page={page} pageCount={agencies.pageCount} pageHref={pageHref} />
      <StateRosters code={code} stateName={name} rows={rosters} />
      <section aria-labelledby="changes" className="space-y-2">
        <h2 id="changes" className="text-lg font-semibold">{t('recent')}</h2>
        {recent.since ? (
          <ChangesTable changes={recent.changes} limit={60} feedHref={`/feeds/changes.atom?state=${code}`} caption={t('recentCaption', { name, since: recent.since, date: asOf })} />
        ) : (
          <p className="text-muted">{t('noList', { date: asOf })}</p>
        )}
      </section>
      <section aria-labelledby="expirations" className="space-y-2">
        <h2 id="expirations" className="text-lg font-semibold">{t('upcoming')}</h2>
        <ExpirationsList placeName={name} asOf={asOf} rows={expirations} calendarHref={`/feeds/expirations.ics?state=${code}`} />
      </section>
      <StateSecureCommunities stateName={name} sc={sc} />
    </div>
  )
}
