import { useLocale, useTranslations } from 'next-intl'
import { formatDate } from '@/lib/i18n/format'
import { Link } from '@/lib/i18n/navigation'
import { sourceListHref } from '@/lib/sources/links'

interface NewestListProps {
  list: { id: number; as_of: string; file: string; label: string; age_days: number } | null
}

/** How fresh the numbers are: ICE's own date on its newest list we hold, not the day we imported it. */
export function NewestList({ list }: NewestListProps) {
  const t = useTranslations('home.newest')
  const locale = useLocale()
  return (
    <section aria-labelledby="newest-list" className="rounded border border-line p-4">
      <h2 id="newest-list" className="text-base font-semibold">
        {t('title')}
      </h2>
      {list ? (
        <>
          <p className="mt-2 text-3xl font-bold tabular">
            <time dateTime={list.as_of}>{formatDate(list.as_of, locale)}</time>
          </p>
          <p className="mt-1">
            {t('noLater', { age: list.age_days === 0 ? t('today') : t('age', { days: list.age_days }), date: list.as_of })}
          </p>
          <p className="mt-2 text-xs text-muted">
            {t.rich('fileDate', { file: list.file, link: (chunks) => <Link href={sourceListHref(list.id)}>{chunks}</Link> })}
          </p>
        </>
      ) : (
        <p className="mt-2 text-muted">{t('none')}</p>
      )}
    </section>
  )
}
