import Link from 'next/link'
import type { Basis } from '@/lib/stats/basis'

interface BasisLineProps {
  asOf: string
  basis: Basis | null
  updated: string | null
}

export function BasisLine({ asOf, basis, updated }: BasisLineProps) {
  return (
    <p className="text-sm text-muted">
      As of <time dateTime={asOf}>{asOf}</time> · basis:{' '}
      {basis ? <Link href={`/sources#list-${basis.list_id}`}>{basis.label}</Link> : 'no ICE list covers this date (a gap in the sources)'}
      {updated && (
        <>
          {' '}
          · data last updated <time dateTime={updated}>{updated.slice(0, 10)}</time>
        </>
      )}
    </p>
  )
}
