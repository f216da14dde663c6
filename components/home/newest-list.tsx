import Link from 'next/link'
import { formatDate } from '@/lib/dates'

interface NewestListProps {
  list: { id: number; as_of: string; file: string; label: string; age_days: number } | null
}

/** How fresh the numbers are: ICE's own date on its newest list we hold, not the day we imported it. */
export function NewestList({ list }: NewestListProps) {
  return (
    <section aria-labelledby="newest-list" className="rounded border border-line p-4">
      <h2 id="newest-list" className="text-base font-semibold">
        Newest ICE list
      </h2>
      {list ? (
        <>
          <p className="mt-2 text-3xl font-bold tabular">
            <time dateTime={list.as_of}>{formatDate(list.as_of)}</time>
          </p>
          <p className="mt-1">
            {list.age_days === 0 ? 'Published today' : `${list.age_days.toLocaleString('en-US')} ${list.age_days === 1 ? 'day' : 'days'} old`}: we hold no ICE list after{' '}
            {list.as_of}, so later changes are not shown yet.
          </p>
          <p className="mt-2 text-xs text-muted">
            ICE’s date for <Link href={`/sources#list-${list.id}`}>{list.file}</Link>, not the day it was imported.
          </p>
        </>
      ) : (
        <p className="mt-2 text-muted">No ICE list has been imported yet.</p>
      )}
    </section>
  )
}
