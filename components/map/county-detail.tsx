import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'
import { isAgreementModel } from '@/lib/agreements/constants'
import { Link } from '@/lib/i18n/navigation'
import type { MapCounty } from '@/lib/stats/counties'
import type { AgencyPeriods } from '@/lib/stats/map-layers'
import { activationText, spanText } from './map-model'

interface CountyDetailProps {
  county: MapCounty | null
  source: string | null
  agencies: AgencyPeriods[]
  asOf: string
  /** ICE's newest list held: a listing that runs past it is "still listed", never a future date. */
  newest: string | null
  known: boolean
}

export function CountyDetail({ county, source, agencies, asOf, newest, known }: CountyDetailProps) {
  const t = useTranslations('map.detail')
  const tc = useTranslations('map.county')
  const models = useTranslations('labels.model')
  const en = englishText(useLocale())
  return (
    <section id="county-detail" aria-labelledby="county-detail-title" aria-live="polite" tabIndex={-1} className="rounded border border-line p-3 text-sm">
      <h2 id="county-detail-title" className="font-semibold">
        {county ? `${county[2]}${county[3] ? `, ${county[3]}` : ''}` : t('title')}
      </h2>
      {!county ? (
        <p className="mt-1 text-muted">{t('select')}</p>
      ) : (
        <>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-muted">{t('sc')}</dt>
            <dd>{county[4] ? t('activated', { date: activationText(county, tc) }) : t('noDate')}</dd>
            <dt className="text-muted">{t('precision')}</dt>
            <dd>{county[4] ? t(county[5] ? 'month' : 'day') : '—'}</dd>
            <dt className="text-muted">{t('source')}</dt>
            <dd lang={en}>{source}</dd>
            <dt className="text-muted">FIPS</dt>
            <dd className="tabular">{county[0]}</dd>
          </dl>
          <h3 className="mt-3 font-semibold">{t('agencies')}</h3>
          {!known && <p className="text-muted">{t('unknown', { date: asOf })}</p>}
          {agencies.length === 0 ? (
            <p className="text-muted">{t('none')}</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {agencies.map((a) => (
                <li key={a.id}>
                  <Link href={`/agencies/${a.id}`}>{a.name}</Link>
                  <ul className="ml-4 list-disc text-xs">
                    {a.agreements.map((g) => (
                      <li key={g.id}>
                        {isAgreementModel(g.model) ? models(g.model) : g.model}: {g.spans.map((s) => spanText(s, newest, tc)).join('; ')}
                        {known && g.activeOnAsOf ? <strong>{t('activeOn', { date: asOf })}</strong> : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
