import { useLocale, useTranslations } from 'next-intl'
import { AGREEMENT_MODELS, type AgreementModel } from '@/lib/agreements/constants'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { Basis } from '@/lib/stats/basis'
import { sourceListHref } from '@/lib/sources/links'

interface ModelCountsProps {
  title: string
  asOf: string
  total: number | null
  byModel: Record<AgreementModel, number> | null
  basis: Basis | null
  href: string
}

export function ModelCounts({ title, asOf, total, byModel, basis, href }: ModelCountsProps) {
  const t = useTranslations('modelCounts')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  const listName = useListLabel()
  return (
    <section aria-labelledby={`h-${asOf}`} className="rounded border border-line p-4">
      <h2 id={`h-${asOf}`} className="text-base font-semibold">
        {title}
      </h2>
      {total === null || !byModel ? (
        <p className="mt-2 text-muted">{t('unknown', { date: asOf })}</p>
      ) : (
        <>
          <p className="mt-2 text-4xl font-bold tabular">
            <Link href={href}>{formatNumber(total, locale)}</Link>
            <span className="ml-2 text-base font-normal text-muted">{t('active')}</span>
          </p>
          <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
            {AGREEMENT_MODELS.map((m) => (
              <div key={m}>
                <dt className="text-muted">{models(m)}</dt>
                <dd className="text-lg font-semibold tabular">{formatNumber(byModel[m], locale)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="mt-3 text-xs text-muted">
        {t('asOf', { date: asOf })} {basis ? <Link href={sourceListHref(basis.list_id)}>{listName(basis.label)}</Link> : t('noBasis')}.
      </p>
    </section>
  )
}
