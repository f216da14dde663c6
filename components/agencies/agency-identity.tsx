import { useLocale, useTranslations } from 'next-intl'
import { AGENCY_TYPES, type AgencyType } from '@/lib/agreements/schema'
import { formatDate, formatMonth } from '@/lib/i18n/format'
import { englishText } from '@/lib/i18n/lang'
import { Link } from '@/lib/i18n/navigation'
import { stateName } from '@/lib/states'

interface AgencyIdentityProps {
  agency: {
    name: string
    state: string
    type: string
    typeRaw: string | null
    countyName: string | null
    countyFips: string | null
    /** Why there is no county FIPS code. */
    countyNote: string | null
    names: { name: string; firstSeenOn: string | null; lastSeenOn: string | null }[]
  }
  county: { fips: string; name: string; scActivatedOn: string | null; scActivationMonth: string | null } | null
}

const isType = (t: string): t is AgencyType => (AGENCY_TYPES as readonly string[]).includes(t)

export function AgencyIdentity({ agency, county }: AgencyIdentityProps) {
  const t = useTranslations('agency.identity')
  const types = useTranslations('labels.agencyType')
  const locale = useLocale()
  return (
    <section aria-labelledby="identity" className="space-y-2">
      <h2 id="identity" className="text-lg font-semibold">{t('title')}</h2>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('state')}</dt>
        <dd><Link href={`/states/${agency.state}`}>{stateName(agency.state)}</Link></dd>
        <dt className="text-muted">{t('type')}</dt>
        <dd>
          {isType(agency.type) ? types(agency.type) : agency.type}
          {agency.typeRaw && <span className="text-muted">{t('ice', { raw: agency.typeRaw.trim() })}</span>}
        </dd>
        <dt className="text-muted">{t('county')}</dt>
        <dd>
          {agency.countyName ?? t('notGiven')}
          {agency.countyFips && <span className="text-muted">{t('fips', { fips: agency.countyFips })}</span>}
          {!agency.countyFips && agency.countyNote && <span className="text-muted">{t.rich('noCode', { note: agency.countyNote, en: (c) => <span lang={englishText(locale)}>{c}</span> })}</span>}
        </dd>
        <dt className="text-muted">{t('sc')}</dt>
        <dd>
          {county?.scActivatedOn
            ? t('activatedOn', { county: county.name, date: formatDate(county.scActivatedOn, locale) })
            : county?.scActivationMonth
              ? t('activatedIn', { county: county.name, month: formatMonth(county.scActivationMonth, locale) })
              : county
                ? t('noActivation', { county: county.name })
                : t('noCounty')}
        </dd>
      </dl>
      <table className="mt-2 border-collapse text-sm">
        <caption className="mb-1 text-left text-muted">{t('names')}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="px-2 py-1">{t('name')}</th>
            <th scope="col" className="px-2 py-1">{t('firstSeen')}</th>
            <th scope="col" className="px-2 py-1">{t('lastSeen')}</th>
          </tr>
        </thead>
        <tbody>
          {agency.names.map((n) => (
            <tr key={n.name} className="border-b border-line">
              <td className="px-2 py-1">{n.name}</td>
              <td className="px-2 py-1 tabular">{n.firstSeenOn ?? '—'}</td>
              <td className="px-2 py-1 tabular">{n.lastSeenOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
