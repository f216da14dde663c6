import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'

interface ExpiryCoverageNoteProps {
  asOf: string
  coverage: { active: number; activeWithExpiry: number; agreements: number; withExpiry: number }
}

export function ExpiryCoverageNote({ asOf, coverage }: ExpiryCoverageNoteProps) {
  const t = useTranslations('expiring.coverage')
  const locale = useLocale()
  const n = (x: number) => formatNumber(x, locale)
  return (
    <aside aria-label={t('label')} className="rounded border border-line bg-wash p-3 text-sm">
      <p>
        {t.rich('unknown', { withExpiry: n(coverage.withExpiry), agreements: n(coverage.agreements), b: (c) => <strong>{c}</strong> })}
      </p>
      <p className="mt-1">
        {t('active', { active: n(coverage.active), date: asOf, withExpiry: n(coverage.activeWithExpiry), n: coverage.activeWithExpiry })}
      </p>
    </aside>
  )
}
