import { getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { todayIso } from '@/lib/dates'
import { lastSuccessfulFetch, newestListDate } from '@/lib/fetch/queries'
import { staleness } from '@/lib/fetch/staleness'
import { Link } from '@/lib/i18n/navigation'

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
  const [newest, fetched, t] = await Promise.all([newestListDate(), lastSuccessfulFetch(), getTranslations('staleness')])
  const { ageDays, stale } = staleness(newest, todayIso())
  const list = newest ? t.rich('newest', { date: newest, days: ageDays ?? 0, link: (chunks) => <Link href="/sources">{chunks}</Link> }) : t('none')
  if (!stale)
    return (
      <section aria-label={t('region')} className="mx-auto w-full max-w-6xl px-4 pt-2 text-sm text-muted">
        <p>{list}</p>
      </section>
    )
  return (
    <section aria-label={t('region')} className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto w-full max-w-6xl px-4 py-2 text-sm">
        <strong>{t('stale')}</strong> {list} {fetched ? t('fetched', { time: formatFetchTime(fetched.finishedAt) }) : t('neverFetched')}
      </p>
    </section>
  )
}

function formatFetchTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}
