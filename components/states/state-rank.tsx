import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { Rank } from '@/lib/states/ranks'

interface StateRankProps {
  agreements: Rank
  agencies: Rank
  asOf: string
  /** The states table sorted by count, for the same date. */
  tableHref: string
}

/** "#N of M" among states and territories; a state with none is said to have none, not ranked last. */
export function StateRank({ agreements, agencies, asOf, tableHref }: StateRankProps) {
  const t = useTranslations('state.rank')
  const position = (r: Rank) => t('position', { rank: r.rank, tied: String(r.tied), of: r.of })
  if (agreements.value === 0) return <p className="text-sm">{t('none', { date: asOf })} <Link href={tableHref}>{t('compare')}</Link></p>
  return (
    <p className="text-sm">
      {t.rich('text', { agreements: position(agreements), agencies: position(agencies), date: asOf, b: (c) => <strong>{c}</strong> })} <Link href={tableHref}>{t('compare')}</Link>
    </p>
  )
}
