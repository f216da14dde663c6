import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'

interface CountyDatasetsProps {
  data: {
    counties: number
    countiesInStates: number
    activated: number
    byPrecision: Record<string, number>
    bySource: Record<string, number>
    first: { name: string; state: string; scActivatedOn: string | null; scActivationMonth: string | null } | null
    last: { name: string; state: string; scActivatedOn: string | null; scActivationMonth: string | null } | null
    citation: { title: string | null; url: string | null; note: string | null } | null
  }
}

const when = (c: { scActivatedOn: string | null; scActivationMonth: string | null }) => c.scActivatedOn ?? c.scActivationMonth ?? '?'

export function CountyDatasets({ data }: CountyDatasetsProps) {
  const t = useTranslations('sources')
  const lang = englishText(useLocale())
  return (
    <>
      <section id="secure-communities" aria-labelledby="sc-h" className="scroll-mt-4 space-y-2">
        <h2 id="sc-h" className="text-lg font-semibold">{t('sc')}</h2>
        <div lang={lang} className="space-y-2">
        <p>
          Activation dates for {data.activated.toLocaleString('en-US')} counties: {data.byPrecision.day ?? 0} to the day and {data.byPrecision.month ?? 0} to the
          month only (counted at the month's last day).
          {data.first && data.last && <> The first was {data.first.name}, {data.first.state} ({when(data.first)}); the last {data.last.name}, {data.last.state} ({when(data.last)}).</>}
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            ICE's IDENT/IAFIS interoperability statistics by county, as used in Ariel White (2016), “When Threat Mobilizes: Immigration Enforcement and Latino Voter
            Turnout”, <i>Political Behavior</i> (replication file <code>jurisdictiondata_incwhites.csv</code>): exact activation days.
          </li>
          <li>
            A month-level compilation of activation dates (GitHub elisaalonsoh-research/tfg-ei, <code>activation_dates.dta</code>; its own provenance is undocumented).
            It agrees month for month with White (2016) wherever both date a county, and fills the January 2013 activations in Illinois and Alabama.
          </li>
          <li>Sources per county: {Object.entries(data.bySource).map(([k, n]) => `${k} ${n}`).join(', ')}.</li>
        </ul>
        {data.citation?.title && <p className="text-sm text-muted">Citation: {data.citation.title}{data.citation.note && <> ({data.citation.note})</>}.</p>}
        <p className="text-sm">ICE's own “Activated Jurisdictions” list was not found; coverage shares use the {data.countiesInStates.toLocaleString('en-US')} county equivalents of the 50 states and DC as denominator.</p>
        </div>
      </section>
      <section id="fips" aria-labelledby="fips-h" className="scroll-mt-4 space-y-2">
        <h2 id="fips-h" className="text-lg font-semibold">{t('fips')}</h2>
        <p lang={lang}>
          U.S. Census Bureau, “FIPS Codes for Counties and County Equivalent Entities”, 2010 vintage (<code>national_county.txt</code>):{' '}
          {data.counties.toLocaleString('en-US')} counties and equivalents including Puerto Rico and the island areas. The 2010 vintage matches the 2008–2013 rollout
          (it still has Shannon County SD and Wade Hampton AK). Agencies are matched to a county by ICE's COUNTY column and state.
        </p>
      </section>
    </>
  )
}
