import { useLocale, useTranslations } from 'next-intl'
import type { Notice } from '@/lib/i18n/notice'
import { getPathname, Link } from '@/lib/i18n/navigation'
import { EARLIEST_AS_OF, viewHref, type TrendRange } from '@/lib/stats/view-params'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'

interface ViewControlsProps {
  path: string
  asOf: string
  today: string
  range?: TrendRange
  notices: Notice[]
}

/** Range toggle and as-of date: plain links and a GET form, so they work before any script loads. */
export function ViewControls({ path, asOf, today, range, notices }: ViewControlsProps) {
  const t = useTranslations('trends.controls')
  const locale = useLocale()
  return (
    <div className="space-y-2">
      {notices.length > 0 && (
        <ul role="status" className="rounded border border-line bg-wash p-2 text-sm">
          {notices.map((n) => (
            <li key={noticeKey(n)}><NoticeText notice={n} /></li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3 text-sm">
        {range && (
          <nav aria-label={t('range')} className="flex gap-3">
            <Link href={viewHref(path, { asOf: asOf === today ? undefined : asOf })} aria-current={range === 'default' ? 'page' : undefined} className={range === 'default' ? 'font-semibold text-ink no-underline' : ''}>
              {t('default')}
            </Link>
            <Link href={viewHref(path, { asOf: asOf === today ? undefined : asOf, range: 'full' })} aria-current={range === 'full' ? 'page' : undefined} className={range === 'full' ? 'font-semibold text-ink no-underline' : ''}>
              {t('full')}
            </Link>
          </nav>
        )}
        <form method="get" action={getPathname({ href: path, locale })} className="flex items-end gap-2">
          <label className="flex flex-col">
            <span className="text-muted">{t('asOf')}</span>
            <input type="date" name="as_of" defaultValue={asOf} min={EARLIEST_AS_OF} max={today} className="rounded border border-line px-2 py-1" />
          </label>
          {range === 'full' && <input type="hidden" name="range" value="full" />}
          <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
            {t('apply')}
          </button>
        </form>
        <p className="flex gap-3">
          <Link href={viewHref('/agreements', { asOf })}>{t('agreementsOn', { date: asOf })}</Link>
          {path !== '/trends' && <Link href={viewHref('/trends', { asOf })}>{t('charts')}</Link>}
          {path !== '/map' && <Link href={viewHref('/map', { asOf })}>{t('mapOn', { date: asOf })}</Link>}
        </p>
      </div>
    </div>
  )
}
