import Link from 'next/link'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { todayIso } from '@/lib/dates'
import { lastSuccessfulFetch, newestListDate } from '@/lib/fetch/queries'
import { staleness } from '@/lib/fetch/staleness'

/** On every page: how old ICE's newest list is, and past STALE_AFTER_DAYS (lib/fetch/staleness.ts) a warning with the last successful fetch. */
export function StalenessBanner() {
  return (
    <Suspense fallback={null}>
      <StalenessNote />
    </Suspense>
  )
}

async function StalenessNote() {
  // The age counts from the day of the request, never from the day the page was built.
  await connection()
  const [newest, fetched] = await Promise.all([newestListDate(), lastSuccessfulFetch()])
  const { ageDays, stale } = staleness(newest, todayIso())
  const age = ageDays === null ? null : `${ageDays.toLocaleString('en-US')} ${ageDays === 1 ? 'day' : 'days'} old`
  const list = newest ? (
    <>
      The newest ICE list held is dated <Link href="/sources">{newest}</Link>, {age}.
    </>
  ) : (
    <>No ICE participating-agencies list is held yet.</>
  )
  if (!stale)
    return (
      <section aria-label="Data freshness" className="mx-auto w-full max-w-6xl px-4 pt-2 text-sm text-muted">
        <p>{list}</p>
      </section>
    )
  return (
    <section aria-label="Data freshness" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto w-full max-w-6xl px-4 py-2 text-sm">
        <strong>The figures may be out of date.</strong> {list}{' '}
        {fetched ? <>Last successful fetch of ICE&apos;s page: {formatFetchTime(fetched.finishedAt)}.</> : <>No successful fetch of ICE&apos;s page is recorded.</>}
      </p>
    </section>
  )
}

function formatFetchTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}
