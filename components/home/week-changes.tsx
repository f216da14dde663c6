import { useLocale, useTranslations } from 'next-intl'
import { isAgreementModel } from '@/lib/agreements/constants'
import { formatNumber } from '@/lib/i18n/format'
import { upperFirst, useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { WeekChanges as Changes } from '@/lib/home/queries'

interface WeekChangesProps {
  changes: Changes | null
}

const SHOWN = 5

/** Agreements added to and dropped from ICE's list in the week up to its newest list, with the first few named. */
export function WeekChanges({ changes }: WeekChangesProps) {
  const t = useTranslations('home.week')
  const locale = useLocale()
  const listName = useListLabel()
  if (!changes) {
    return (
      <section aria-labelledby="week" className="rounded border border-line p-4">
        <h2 id="week" className="text-base font-semibold">{t('title')}</h2>
        <p className="mt-2 text-muted">{t('nothing')}</p>
      </section>
    )
  }
  const { from, to, days, added, removed } = changes
  const week = days <= 7
  return (
    <section aria-labelledby="week" className="rounded border border-line p-4">
      <h2 id="week" className="text-base font-semibold">{week ? t('title') : t('since')}</h2>
      <p className="mt-1 text-sm text-muted">
        {upperFirst(listName(from.label))} → {listName(to.label)}
        {!week && <> {t('apart', { days: formatNumber(days, locale), date: to.as_of })}</>}.
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <ChangeList term={t('added')} items={added} />
        <ChangeList term={t('removed')} items={removed} />
      </dl>
      <p className="mt-2 text-sm">
        <Link href={`/snapshots/diff?from=${from.id}&to=${to.id}`}>{t('all')}</Link>
      </p>
    </section>
  )
}

function ChangeList({ term, items }: { term: string; items: Changes['added'] }) {
  const t = useTranslations('home.week')
  const models = useTranslations('labels.model')
  const locale = useLocale()
  return (
    <div>
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="text-2xl font-bold tabular">{formatNumber(items.length, locale)}</dd>
      {items.length > 0 && (
        <dd>
          <ul className="mt-1 space-y-0.5 text-xs">
            {items.slice(0, SHOWN).map((i) => (
              <li key={`${i.agency_id}:${i.model}`}>
                <Link href={`/agencies/${i.agency_id}`}>{i.agency}</Link> ({i.state}, {isAgreementModel(i.model) ? models(i.model) : i.model})
              </li>
            ))}
            {items.length > SHOWN && <li className="text-muted">{t('more', { count: formatNumber(items.length - SHOWN, locale) })}</li>}
          </ul>
        </dd>
      )}
    </div>
  )
}

