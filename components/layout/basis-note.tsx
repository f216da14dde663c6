import Link from 'next/link'
import type { Basis } from '@/lib/stats/basis'

interface BasisNoteProps {
  asOf: string
  basis: Basis | null
  updated: string | null
}

/** The basis of a page's numbers and when the data last changed. */
export function BasisNote({ asOf, basis, updated }: BasisNoteProps) {
  return (
    <p className="text-sm text-muted">
      Numbers as of {asOf}. Basis:{' '}
      {basis ? <Link href={`/sources#list-${basis.list_id}`}>{basis.label}</Link> : <>none: no ICE list we hold covers {asOf}, so counts are unknown, not zero</>}.
      {updated && <> Data last updated {updated.slice(0, 10)}.</>}
    </p>
  )
}
