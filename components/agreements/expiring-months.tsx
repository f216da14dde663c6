import { useLocale, useTranslations } from 'next-intl'
import { formatMonth } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import type { ExpiringMonth } from '@/lib/agreements/expiring'
import { serializeAgreementSearch } from '@/lib/agreements/search-params'
import { stateName } from '@/lib/states'

interface ExpiringMonthsProps {
  asOf: string
  months: ExpiringMonth[]
}

function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

export function ExpiringMonths({ asOf, months }: ExpiringMonthsProps) {
  const t = useTranslations('expiring')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  return (
    <div className="space-y-4">
      {months.map((m) => (
        <section key={m.month} aria-labelledby={`m-${m.month}`} className="rounded border border-line p-3">
          <h3 id={`m-${m.month}`} className="font-semibold">
            {formatMonth(m.month, locale)} <span className="font-normal text-muted">· {t('monthCount', { count: m.items.length })}</span>
          </h3>
          <p className="text-sm">
            <Link href={`/agreements${serializeAgreementSearch({ as_of: asOf, expires_before: nextMonthStart(m.month), sort: 'expires_on' })}`}>
              {t('openTable', { date: nextMonthStart(m.month) })}
            </Link>
          </p>
          <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {m.items.map((i) => (
              <li key={i.id}>
                <Link href={`/agencies/${i.agencyId}`}>{i.agency}</Link>{' '}
                <span className="text-muted">
                  · <abbr title={stateName(i.state)}>{i.state}</abbr> · {models(i.model)} · {t('expires')} <time dateTime={i.expiresOn}>{i.expiresOn}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
