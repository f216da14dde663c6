import { Link } from '@/lib/i18n/navigation'
import { formatRank, type Rank } from '@/lib/states/ranks'

interface StateRankProps {
  agreements: Rank
  agencies: Rank
  asOf: string
  /** The states table sorted by count, for the same date. */
  tableHref: string
}

/** "#N of M" among states and territories; a state with none is said to have none, not ranked last. */
export function StateRank({ agreements, agencies, asOf, tableHref }: StateRankProps) {
  if (agreements.value === 0) return <p className="text-sm">No active agreement on {asOf}. <Link href={tableHref}>Compare the states</Link></p>
  return (
    <p className="text-sm">
      <strong>{formatRank(agreements)}</strong> states and territories by active agreements on {asOf}; <strong>{formatRank(agencies)}</strong> by agencies with one.{' '}
      <Link href={tableHref}>Compare the states</Link>
    </p>
  )
}
