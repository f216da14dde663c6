import { useLocale, useTranslations } from 'next-intl'
import { exportHref, type AgreementSearch } from '@/lib/agreements/search-params'
import { formatNumber } from '@/lib/i18n/format'

interface ExportLinksProps {
  /** The view's parameters after validation, so that the API accepts them as they are. */
  search: AgreementSearch
  total: number
}

export function ExportLinks({ search, total }: ExportLinksProps) {
  const t = useTranslations('agreements.export')
  const locale = useLocale()
  return (
    <section aria-labelledby="export-h" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <h2 id="export-h" className="font-semibold">
        {t('title', { count: formatNumber(total, locale), n: total })}
      </h2>
      <a href={exportHref(search, 'csv')} download>
        {t('csv')}
      </a>
      <a href={exportHref(search, 'export')} download>
        {t('json')}
      </a>
      <span className="text-muted">{t('note')}</span>
    </section>
  )
}
