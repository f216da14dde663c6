import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import type { RelaxableFilter } from '@/lib/agreements/queries'
import { serializeAgreementSearch, type AgreementSearch } from '@/lib/agreements/search-params'

interface AgreementsEmptyStateProps {
  search: AgreementSearch
  /** Rows the view would have without each active filter. */
  relaxations: { filter: RelaxableFilter; count: number }[]
  asOf: string
  /** False when no ICE list covers `asOf`: then nothing is known, which is not the same as none. */
  covered: boolean
  /** Rows matching the filters; above zero means the page is past the end. */
  total: number
}

const DROP: Record<RelaxableFilter, Partial<AgreementSearch> | Record<string, null>> = {
  state: { state: [] },
  model: { model: [] },
  status: { status: ['all'] },
  expires: { expires_before: null, expires_within_days: null },
  signed: { signed_from: null, signed_to: null },
  q: { q: '' },
}

const href = (search: AgreementSearch, patch: object) => `/agreements${serializeAgreementSearch({ ...search, ...patch, page: 1 })}`

export function AgreementsEmptyState({ search, relaxations, asOf, covered, total }: AgreementsEmptyStateProps) {
  const t = useTranslations('agreements.empty')
  const clear = useTranslations('agreements')('clear')
  const locale = useLocale()
  if (total > 0)
    return (
      <p>
        {t.rich('pastEnd', { page: search.page, link: (c) => <Link href={href(search, {})}>{c}</Link> })}
      </p>
    )
  if (!covered)
    return (
      <p>
        {t.rich('uncovered', { date: asOf, link: (c) => <Link href="/sources">{c}</Link> })}
      </p>
    )
  const helpful = relaxations.filter((r) => r.count > 0)
  return (
    <div className="space-y-2">
      <p className="font-semibold">{t('none')}</p>
      {helpful.length > 0 ? (
        <>
          <p>{helpful.length === 1 ? t('oneFilter') : t('someFilters')}</p>
          <ul className="list-disc pl-6">
            {helpful.map((r) => (
              <li key={r.filter}>
                <Link href={href(search, DROP[r.filter])}>
                  {t('remove', { filter: t(`names.${r.filter}`), count: formatNumber(r.count, locale), n: r.count })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t('together', { onDate: relaxations.length === 0 ? t('onDate', { date: asOf }) : '' })}{' '}
          <Link href={href(search, { state: [], model: [], status: [], expires_before: null, expires_within_days: null, signed_from: null, signed_to: null, q: '' })}>
            {clear}
          </Link>
          .
        </p>
      )}
    </div>
  )
}
