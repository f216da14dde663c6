import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { AGREEMENT_MODELS, MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'
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

const n = (x: number) => x.toLocaleString('en-US')

/** A state with too many agreements to list: counts by model, county and agency, each a link to the prefiltered table. */
export function StateBreakdownView({ code, stateName, asOf, asOfParam, byModel, breakdown: b }: StateBreakdownViewProps) {
  const t = useTranslations('state')
  const table = (patch: { model?: AgreementModel[]; q?: string }) =>
    `/agreements${serializeAgreementSearch({ state: [code], ...(asOfParam && { as_of: asOfParam }), ...patch })}`
  return (
    <section aria-labelledby="agreements" className="space-y-4">
      <div>
        <h2 id="agreements" className="text-lg font-semibold">{t('activeOn', { date: asOf })}</h2>
        <p className="text-sm">
          {n(b.agreements)} agreements held by {n(b.agencies)} agencies in {n(b.counties)} counties: too many to list here.{' '}
          <Link href={table({})}>See all {n(b.agreements)} in the agreements table</Link> (filter, sort, export).
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="by-model" className="min-w-0">
          <h3 id="by-model" className="font-semibold">{t('byModel')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {AGREEMENT_MODELS.map((m) => (
              <li key={m}>
                <Link href={table({ model: [m] })}>{MODEL_LABELS[m]}: {n(byModel[m])}<span className="sr-only"> agreements in {stateName}</span></Link>
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
                <span className="text-muted"> ({n(c.agencies)} {c.agencies === 1 ? 'agency' : 'agencies'})</span>
              </li>
            ))}
          </ol>
          {b.withoutCounty > 0 && <p className="mt-1 text-xs text-muted">{n(b.withoutCounty)} agreements are held by agencies ICE lists without a county (state agencies, or a county it did not give).</p>}
          <p className="mt-1 text-xs text-muted">A county link searches the table for the county’s name.</p>
        </section>
        <section aria-labelledby="by-agency" className="min-w-0">
          <h3 id="by-agency" className="font-semibold">{t('byAgency')}</h3>
          <ol className="mt-1 space-y-1 text-sm">
            {b.topAgencies.map((a) => (
              <li key={a.id}>
                <Link href={`/agencies/${a.id}`}>{a.name}</Link>: <span className="tabular">{n(a.agreements)}</span>
                <span className="text-muted"> ({a.models.map((m) => MODEL_LABELS[m]).join(', ')})</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </section>
  )
}
