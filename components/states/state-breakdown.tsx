import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { AGREEMENT_MODELS, type AgreementModel } from '@/lib/agreements/schema'
import { serializeAgreementSearch } from '@/lib/agreements/search-params'
import type { StateBreakdown } from '@/lib/states/breakdown'
import type { StateCode } from '@/lib/states'

interface StateBreakdownViewProps {
  code: StateCode
  stateName: string
  asOf: string
  asOfParam: string | null
  byModel: Record<AgreementModel, number>
  breakdown: StateBreakdown
}

/** A state with too many agreements to list: counts by model, county and agency, each a link to the prefiltered table. */
export function StateBreakdownView({ code, stateName, asOf, asOfParam, byModel, breakdown: b }: StateBreakdownViewProps) {
  const t = useTranslations('state')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  const n = (x: number) => formatNumber(x, locale)
  const table = (patch: { model?: AgreementModel[]; q?: string }) =>
    `/agreements${serializeAgreementSearch({ state: [code], ...(asOfParam && { as_of: asOfParam }), ...patch })}`
  return (
    <section aria-labelledby="agreements" className="space-y-4">
      <div>
        <h2 id="agreements" className="text-lg font-semibold">{t('activeOn', { date: asOf })}</h2>
        <p className="text-sm">
          {t('breakdown.summary', { agreements: n(b.agreements), agencies: n(b.agencies), counties: n(b.counties) })}{' '}
          <Link href={table({})}>{t('breakdown.seeAll', { count: n(b.agreements) })}</Link>{t('breakdown.tableHint')}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="by-model" className="min-w-0">
          <h3 id="by-model" className="font-semibold">{t('byModel')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {AGREEMENT_MODELS.map((m) => (
              <li key={m}>
                <Link href={table({ model: [m] })}>{models(m)}: {n(byModel[m])}<span className="sr-only">{t('breakdown.modelIn', { name: stateName })}</span></Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-county" className="min-w-0">
          <h3 id="by-county" className="font-semibold">{t('byCounty')}</h3>
          <ol className="mt-1 space-y-1 text-sm">
            {b.topCounties.map((c) => (
              <li key={c.county}>
                <Link href={table({ q: c.county })}>{c.county}</Link>: <span className="tabular">{n(c.agreements)}</span>
                <span className="text-muted"> {t('breakdown.agencies', { count: c.agencies, shown: n(c.agencies) })}</span>
              </li>
            ))}
          </ol>
          {b.withoutCounty > 0 && <p className="mt-1 text-xs text-muted">{t('breakdown.withoutCounty', { count: n(b.withoutCounty) })}</p>}
          <p className="mt-1 text-xs text-muted">{t('breakdown.countyLink')}</p>
        </section>
        <section aria-labelledby="by-agency" className="min-w-0">
          <h3 id="by-agency" className="font-semibold">{t('byAgency')}</h3>
          <ol className="mt-1 space-y-1 text-sm">
            {b.topAgencies.map((a) => (
              <li key={a.id}>
                <Link href={`/agencies/${a.id}`}>{a.name}</Link>: <span className="tabular">{n(a.agreements)}</span>
                <span className="text-muted"> ({a.models.map((m) => models(m)).join(', ')})</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </section>
  )
}
