import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { formatNumber } from '@/lib/i18n/format'
import { getListLabel, upperFirst } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import { SnapshotDiffView } from '@/components/snapshots/snapshot-diff'
import { readIdParam } from '@/lib/admin/search-params'
import { listSnapshots } from '@/lib/cache/reads'
import { diffSnapshots } from '@/lib/cache/reads-charts'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('diff'))('metaTitle') }
}
export const dynamic = 'force-dynamic'

export default async function SnapshotDiffPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const sp = await searchParams
  const [lists, t, locale, listName] = await Promise.all([listSnapshots(), getTranslations('diff'), getLocale(), getListLabel()])
  const from = sp.from ? readIdParam(sp.from) : null
  const to = sp.to ? readIdParam(sp.to) : null
  const diff = from !== null && to !== null ? await diffSnapshots(from, to) : null
  const bad = (sp.from && from === null) || (sp.to && to === null)
  const options = lists.map((l) => ({ value: String(l.id), label: `${upperFirst(listName(l.label))} (${l.fileName}, ${t('rows', { count: formatNumber(l.rowCount, locale) })})` }))
  const previous = lists.length > 1 ? lists[lists.length - 2]! : null
  const latest = lists.at(-1)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted">{t('lede')}</p>
      <form className="flex flex-wrap items-end gap-3" aria-label={t('form')}>
        {(['from', 'to'] as const).map((name) => (
          <p key={name} className="max-w-full">
            <label htmlFor={`diff-${name}`} className="block text-sm font-medium">{t(name)}</label>
            <select id={`diff-${name}`} name={name} defaultValue={sp[name] ?? (name === 'from' ? String(previous?.id ?? '') : String(latest?.id ?? ''))} className="w-full max-w-md rounded border border-line px-2 py-1">
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </p>
        ))}
        <button type="submit" className="rounded border border-accent px-3 py-1 text-accent">{t('submit')}</button>
      </form>
      <div role="status" aria-live="polite">
        {bad && <p className="rounded border border-red-700 bg-red-50 p-3">{t('bad')}</p>}
        {diff && 'missing' in diff && diff.missing && <p className="rounded border border-red-700 bg-red-50 p-3">{t('missing', { ids: diff.missing.join(' / ') })}</p>}
      </div>
      {diff && !('missing' in diff && diff.missing) && 'counts' in diff && <SnapshotDiffView diff={diff} />}
      <p className="text-sm">{t('json')} <code>/api/v1/snapshots/diff?from=…&amp;to=…</code>. <Link href="/sources">{t('all')}</Link></p>
    </div>
  )
}
