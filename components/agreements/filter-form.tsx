import Form from 'next/form'
import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { getPathname, Link } from '@/lib/i18n/navigation'
import { AGREEMENT_STATUSES, type AgreementModel, type AgreementStatus } from '@/lib/agreements/constants'
import { DEFAULT_PER_PAGE, DEFAULT_SORT, serializeAgreementSearch, type AgreementSearch } from '@/lib/agreements/search-params'
import { agreementColumns } from './agreements-columns'
import type { FacetOption } from './table-model'

interface FilterFormProps {
  search: AgreementSearch
  /** The date the view describes (today when `as_of` is absent). */
  asOf: string
  /** Row counts per filter value, each computed with every other filter applied. */
  facets: Record<string, Record<string, number>>
}

const INPUT = 'rounded border border-line bg-paper px-2 py-1 text-sm'
const DAY_PRESETS = [30, 90, 365] as const

/** No status means active; `all` means every status. */
function statusShown(status: AgreementSearch['status']): string[] {
  return status.includes('all') ? [...AGREEMENT_STATUSES] : status.length ? status : ['active']
}

interface FacetProps {
  name: string
  title: string
  options: readonly FacetOption[]
  selected: string[]
  counts: Record<string, number>
  /** The option's label in the reader's language (the options carry English ones). */
  labelOf?: (value: string) => string
}

function Facet({ name, title, options, selected, counts, labelOf }: FacetProps) {
  const t = useTranslations('agreements.filters')
  const locale = useLocale()
  const chosen = new Set(selected)
  const label = (o: FacetOption) => labelOf?.(o.value) ?? o.label
  const summary = selected.length === 0 ? t('any') : selected.length <= 2 ? selected.map((v) => { const o = options.find((x) => x.value === v); return o ? label(o) : v }).join(', ') : t('selected', { count: selected.length })
  return (
    <details className="relative">
      <summary className={`${INPUT} cursor-pointer`}>
        {title}: <span className="text-muted">{summary}</span>
      </summary>
      <fieldset className="absolute z-10 mt-1 max-h-80 w-72 overflow-y-auto rounded border border-line bg-paper p-2 shadow">
        <legend className="sr-only">{title}</legend>
        {options.map((o) => {
          // A value with no rows under the other filters stays selectable (e.g. Arizona in December 2012), greyed.
          const count = counts[o.value] ?? 0
          return (
            <label key={o.value} className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-wash ${count === 0 ? 'text-muted' : ''}`}>
              <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} />
              <span className="flex-1">{label(o)}</span>
              <span className="text-xs text-muted tabular">{formatNumber(count, locale)}</span>
            </label>
          )
        })}
      </fieldset>
    </details>
  )
}

function Field({ label, name, type, value, className = '' }: { label: string; name: string; type: string; value: string | number | null; className?: string }) {
  return (
    <label className="flex flex-col gap-0.5 text-xs text-muted">
      {label}
      <input name={name} type={type} defaultValue={value ?? ''} min={type === 'number' ? 0 : undefined} className={`${INPUT} text-ink ${className}`} />
    </label>
  )
}

/** The filters: a GET form, so the URL stays the only state and the page works before (or without) JavaScript. */
export function FilterForm({ search, asOf, facets }: FilterFormProps) {
  const t = useTranslations('agreements.filters')
  const cols = useTranslations('agreements.columns')
  const labels = useTranslations('labels')
  const locale = useLocale()
  const expiryActive = search.expires_before !== null || search.expires_within_days !== null
  const options = (id: string) => agreementColumns.find((c) => c.id === id)?.meta?.options ?? []
  const href = (patch: Partial<AgreementSearch>) => `/agreements${serializeAgreementSearch({ ...search, ...patch, page: null })}`
  const nextYear = `${Number(asOf.slice(0, 4)) + 1}-01-01`
  return (
    <div className="space-y-2">
      <Form action={getPathname({ href: '/agreements', locale })} aria-label={t('form')} className="flex flex-wrap items-end gap-2">
        <Field label={t('q')} name="q" type="search" value={search.q} className="w-56" />
        <Field label={t('asOf')} name="as_of" type="date" value={search.as_of} />
        <Field label={t('expiresBefore')} name="expires_before" type="date" value={search.expires_before} />
        <Field label={t('withinDays')} name="expires_within_days" type="number" value={search.expires_within_days} className="w-24" />
        <Field label={t('signedFrom')} name="signed_from" type="date" value={search.signed_from} />
        <Field label={t('signedTo')} name="signed_to" type="date" value={search.signed_to} />
        <Facet name="state" title={cols('state')} options={options('state')} selected={search.state} counts={facets.state ?? {}} />
        <Facet name="model" title={cols('model')} labelOf={(v) => labels(`model.${v as AgreementModel}`)} options={options('model')} selected={search.model} counts={facets.model ?? {}} />
        {expiryActive ? (
          <>
            <p className="max-w-56 text-xs text-muted">{t('expiryOnlyActive')}</p>
            {search.status.length > 0 && <input type="hidden" name="status" value={search.status.join(',')} />}
          </>
        ) : (
          <Facet name="status" title={cols('status')} labelOf={(v) => labels(`status.${v as AgreementStatus}`)} options={options('status')} selected={statusShown(search.status)} counts={facets.status ?? {}} />
        )}
        {search.sort !== DEFAULT_SORT && <input type="hidden" name="sort" value={search.sort} />}
        {search.per_page !== DEFAULT_PER_PAGE && <input type="hidden" name="per_page" value={search.per_page} />}
        {search.hide.length > 0 && <input type="hidden" name="hide" value={search.hide.join(',')} />}
        <button type="submit" className="rounded bg-accent px-3 py-1 text-sm font-medium text-white">{t('apply')}</button>
      </Form>
      <nav aria-label={t('presets')} className="flex flex-wrap items-center gap-x-4 text-sm [&_a]:inline-block [&_a]:py-1">
        <span className="text-muted">{t('expiring')}</span>
        {DAY_PRESETS.map((d) => (
          <Link key={d} href={href({ expires_within_days: d, expires_before: null })} aria-current={search.expires_within_days === d && !search.expires_before ? 'true' : undefined}>
            {t('within', { days: d })}
          </Link>
        ))}
        <Link href={href({ expires_before: nextYear, expires_within_days: null })} aria-current={search.expires_before === nextYear && search.expires_within_days === null ? 'true' : undefined}>
          {t('byYearEnd', { year: asOf.slice(0, 4) })}
        </Link>
        {expiryActive && <Link href={href({ expires_before: null, expires_within_days: null })}>{t('anyTime')}</Link>}
      </nav>
    </div>
  )
}
