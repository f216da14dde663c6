import { Link } from '@/lib/i18n/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { formatDate, formatMonth } from '@/lib/i18n/format'
import { englishText } from '@/lib/i18n/lang'
import type { Locale } from '@/lib/i18n/routing'
import type { listPolicyEvents } from '@/lib/policy/queries'
import { DEFAULT_RANGE, viewHref } from '@/lib/stats/view-params'

type PolicyEvent = Awaited<ReturnType<typeof listPolicyEvents>>[number]

const KINDS = ['budget', 'decision', 'memo', 'executive_order', 'program', 'court', 'expiry'] as const
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k)

function eventDate(e: PolicyEvent, locale: Locale): string {
  return e.datePrecision === 'month' ? formatMonth(e.date.slice(0, 7), locale) : formatDate(e.date, locale)
}

export function EventList({ events, today }: { events: PolicyEvent[]; today: string }) {
  const t = useTranslations('policy')
  const locale = useLocale()
  const en = englishText(locale)
  return (
    <ol className="space-y-4">
      {events.map((e) => {
        const asOf = e.date <= today ? e.date : today
        const inDefault = e.date.slice(0, 7) >= DEFAULT_RANGE.from && e.date.slice(0, 7) <= DEFAULT_RANGE.to
        return (
          <li key={e.id}>
            <article id={e.slug} aria-labelledby={`${e.slug}-title`} className="scroll-mt-4 rounded border border-line p-4 target:border-ink target:bg-wash">
              <p className="text-xs text-muted">
                <time dateTime={e.date}>{eventDate(e, locale)}</time> · {isKind(e.kind) ? t(`kinds.${e.kind}`) : e.kind}
              </p>
              <h3 id={`${e.slug}-title`} lang={en} className="mt-1 font-semibold">
                <a href={`#${e.slug}`} className="text-ink no-underline hover:underline">{e.title}</a>
              </h3>
              <p lang={en} className="mt-1 text-sm">{e.summary}</p>
              <p className="mt-2 text-xs text-muted">
                {t('source')} {e.sourceUrl ? <a href={e.sourceUrl} lang={en}>{e.sourceName ?? e.sourceUrl}</a> : e.sourceName ? <span lang={en}>{e.sourceName}</span> : t('notRecorded')}
                {e.citation?.note && <> · <span lang={en}>{e.citation.note}</span></>}
              </p>
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <Link href={viewHref('/agreements', { asOf })}>{t('agreementsOn', { date: asOf })}<span className="sr-only"> (<span lang={en}>{e.title}</span>)</span></Link>
                <Link href={viewHref('/trends', { asOf, range: inDefault ? 'default' : 'full' })}>{t('charts')}<span className="sr-only">{t('onDate', { date: asOf })} (<span lang={en}>{e.title}</span>)</span></Link>
                <Link href={viewHref('/map', { asOf })}>{t('map')}<span className="sr-only">{t('onDate', { date: asOf })} (<span lang={en}>{e.title}</span>)</span></Link>
              </p>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
