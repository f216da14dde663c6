import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { AgencyIdentity } from '@/components/agencies/agency-identity'
import { AgreementTimeline } from '@/components/agencies/agreement-timeline'
import { CorrectedNote } from '@/components/corrections/corrected-note'
import { SuggestForm } from '@/components/corrections/suggest-form'
import { CountyNeighbours } from '@/components/agencies/county-neighbours'
import { AsOfForm } from '@/components/states/as-of-form'
import { BasisNote } from '@/components/layout/basis-note'
import { Notices } from '@/components/states/notices'
import { readId } from '@/lib/api'
import { todayIso } from '@/lib/dates'
import { readAsOfParam } from '@/lib/states/page-params'
import { stateName } from '@/lib/states'
import { basisAt, lastUpdated } from '@/lib/cache/reads'
import { feedAgency, getAgencyPage } from '@/lib/cache/reads-scoped'

export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = readId((await params).id)
  const agency = id === null ? null : await feedAgency(id)
  const t = await getTranslations('agency')
  if (!agency) return { title: t('notFound') }
  return {
    title: `${agency.name}, ${stateName(agency.state)}`,
    alternates: { types: { 'application/atom+xml': [{ url: `/feeds/changes.atom?agency=${agency.id}`, title: t('feedTitle', { name: agency.name }) }] } },
  }
}

export default async function AgencyPage({ params, searchParams }: Props) {
  const [{ id: rawId }, raw] = await Promise.all([params, searchParams])
  const id = readId(rawId)
  if (id === null) notFound()
  const today = todayIso()
  const { asOf, notices } = readAsOfParam(raw, today)
  const [agency, basis, updated, t] = await Promise.all([getAgencyPage(id, asOf, today), basisAt(asOf), lastUpdated(), getTranslations('agency')])
  if (!agency) notFound()
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{agency.name}</h1>
        <p>
          {t('summary', { state: stateName(agency.state), count: agency.agreements.length })}
        </p>
        <BasisNote asOf={asOf} basis={basis} updated={updated} />
        <Notices notices={notices} />
        <CorrectedNote recordType="Agency" recordId={agency.id} />
        <AsOfForm asOf={asOf} max={today} />
        <p className="text-sm">
          {t('subscribe')} <a href={`/feeds/changes.atom?agency=${agency.id}`}>{t('feed')}</a>
        </p>
      </div>
      <AgencyIdentity agency={agency} county={agency.county} />
      <section aria-labelledby="agreements" className="space-y-4">
        <h2 id="agreements" className="text-lg font-semibold">{t('history')}</h2>
        <p className="text-sm text-muted">
          {t('historyNote')}
        </p>
        {t('englishNote') && <p className="text-sm text-muted">{t('englishNote')}</p>}
        {agency.agreements.map((g) => (
          <AgreementTimeline key={g.id} agreement={g} asOf={asOf} agencyName={agency.name} />
        ))}
      </section>
      <CountyNeighbours countyName={agency.countyName} neighbours={agency.neighbours} />
      <SuggestForm recordType="Agency" recordId={agency.id} />
    </div>
  )
}
