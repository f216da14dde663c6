import { useLocale, useTranslations } from 'next-intl'
import { formatDate } from '@/lib/i18n/format'
import { englishText } from '@/lib/i18n/lang'
import type { listCriteriaSets } from '@/lib/policy/queries'

type CriteriaSet = Awaited<ReturnType<typeof listCriteriaSets>>[number]

/** One card per version, side by side, so later criteria (e.g. the Nov 2014 priorities) line up with earlier ones. */
export function CriteriaSets({ sets }: { sets: CriteriaSet[] }) {
  const t = useTranslations('policy')
  const locale = useLocale()
  const en = englishText(locale)
  if (sets.length === 0) return <p className="text-muted">{t('noCriteria')}</p>
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {sets.map((s) => (
        <article key={s.id} id={s.slug} aria-labelledby={`${s.slug}-title`} className="rounded border border-line p-4">
          <p className="text-xs uppercase tracking-wide text-muted">
            {t.rich('version', { version: s.version, date: formatDate(s.effectiveOn, locale), time: (c) => <time dateTime={s.effectiveOn}>{c}</time> })}
          </p>
          <h3 id={`${s.slug}-title`} lang={en} className="mt-1 font-semibold">{s.title}</h3>
          <p lang={en} className="mt-2 text-sm">{s.preamble}</p>
          <ol lang={en} className="mt-2 list-decimal space-y-1 pl-6 text-sm">
            {s.items.map((i) => (
              <li key={i.position}>
                {i.text}
                {i.items.length > 0 && (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {i.items.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {s.policyEvent && (
            <p className="mt-3 text-xs text-muted">
              {t('event')} <a href={`#${s.policyEvent.slug}`} lang={en}>{s.policyEvent.title}</a>
              {s.policyEvent.sourceName && <> · {t('source')} <span lang={en}>{s.policyEvent.sourceUrl ? <a href={s.policyEvent.sourceUrl}>{s.policyEvent.sourceName}</a> : s.policyEvent.sourceName}</span></>}
            </p>
          )}
        </article>
      ))}
    </div>
  )
}
