import { useLocale, useTranslations } from 'next-intl'
import { getPathname, Link } from '@/lib/i18n/navigation'
import { STATES } from '@/lib/states'
import { MAX_COMPARED, serializeCompareSearch, withItem, type CompareSearch } from '@/lib/compare/search-params'
import type { CompareSeries } from '@/lib/compare/queries'

interface ComparePickerProps {
  search: CompareSearch
  series: CompareSeries[]
  agencyQuery: string
  agencyResults: { id: number; name: string; state: string }[] | null
}

/** Hidden fields that carry the current selection through a GET form. */
function Carry({ search }: { search: CompareSearch }) {
  const params = new URLSearchParams(serializeCompareSearch(search))
  return [...params].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)
}

/** Choose what to compare with plain links and GET forms: it works before (and without) any script. */
export function ComparePicker({ search, series, agencyQuery, agencyResults }: ComparePickerProps) {
  const chosen = series.filter((s) => s.kind !== 'national')
  const full = chosen.length >= MAX_COMPARED
  const t = useTranslations('compare.picker')
  const action = getPathname({ href: '/compare', locale: useLocale() })
  return (
    <section aria-labelledby="picker" className="space-y-3 rounded border border-line p-4">
      <h2 id="picker" className="text-base font-semibold">
        {t('title', { count: chosen.length, max: MAX_COMPARED })}
      </h2>
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {chosen.map((s) => (
            <li key={s.key} className="flex items-center gap-2 rounded border border-line px-2 py-1">
              {s.label}
              <Link href={`/compare${withItem(search, s.key, 'remove')}`} aria-label={t('removeLabel', { label: s.label })}>
                {t('remove')}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t('nothing')}</p>
      )}
      {full ? (
        <p className="text-sm">{t('full')}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-6">
          <form method="get" action={action} className="flex items-end gap-2 text-sm">
            <Carry search={search} />
            <label className="flex flex-col gap-0.5">
              <span className="text-xs text-muted">{t('addState')}</span>
              <select name="add" className="rounded border border-line px-2 py-1" defaultValue="">
                <option value="" disabled>
                  {t('choose')}
                </option>
                {STATES.filter(([code]) => !search.states.includes(code)).map(([code, name]) => (
                  <option key={code} value={`state:${code}`}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
              {t('addStateButton')}
            </button>
          </form>
          <form method="get" action={action} role="search" aria-label={t('findForm')} className="flex items-end gap-2 text-sm">
            <Carry search={search} />
            <label className="flex flex-col gap-0.5">
              <span className="text-xs text-muted">{t('find')}</span>
              <input type="search" name="agency_q" defaultValue={agencyQuery} className="w-56 rounded border border-line px-2 py-1" />
            </label>
            <button type="submit" className="rounded border border-line bg-wash px-3 py-1">
              {t('findButton')}
            </button>
          </form>
        </div>
      )}
      {agencyResults && !full && (
        <div aria-live="polite">
          {agencyResults.length === 0 ? (
            <p className="text-sm">{t('noMatch', { q: agencyQuery })}</p>
          ) : (
            <ul className="space-y-0.5 text-sm">
              {agencyResults.map((a) => (
                <li key={a.id}>
                  {a.name} ({a.state}) · <Link href={`/compare${withItem(search, `agency:${a.id}`, 'add')}`} aria-label={t('addLabel', { name: a.name, state: a.state })}>{t('add')}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
