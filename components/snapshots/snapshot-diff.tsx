import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { DiffItem, SnapshotDiff } from '@/lib/snapshots/diff'
import { isAgreementModel } from '@/lib/agreements/constants'

function useModelName() {
  const models = useTranslations('labels.model')
  return (m: string) => (isAgreementModel(m) ? models(m) : m)
}

function ItemList({ items, note }: { items: DiffItem[]; note?: (i: DiffItem) => string }) {
  const t = useTranslations('diff')
  const model = useModelName()
  return (
    <ul className="ml-5 list-disc text-sm">
      {items.map((i) => (
        <li key={`${i.agreement_id}-${i.row}`}>
          <Link href={`/agencies/${i.agency_id}`}>{i.agency}</Link> ({i.state}, {model(i.model)}), {t('row', { row: i.row })}
          {note && ` — ${note(i)}`}
        </li>
      ))}
    </ul>
  )
}

export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  const c = diff.counts
  const t = useTranslations('diff')
  const model = useModelName()
  const locale = useLocale()
  const listName = useListLabel()
  const fmt = (n: number) => formatNumber(n, locale)
  return (
    <section aria-labelledby="diff-summary" className="space-y-4">
      <h2 id="diff-summary" className="text-lg font-semibold">
        {t('summary', { from: listName(diff.from.label), fromRows: fmt(diff.from.rows), to: listName(diff.to.label), toRows: fmt(diff.to.rows) })}
      </h2>
      <p className="text-lg">
        {t.rich('counts', { added: fmt(c.added), removed: fmt(c.removed), modelChanges: fmt(c.model_changes), renamed: fmt(c.renamed), suspected: fmt(c.suspected_renames), unchanged: fmt(c.unchanged), b: (x) => <strong>{x}</strong> })}
      </p>
      {c.added > 0 && <details><summary>{t('added', { count: fmt(c.added) })}</summary><ItemList items={diff.added} /></details>}
      {c.removed > 0 && <details><summary>{t('removed', { count: fmt(c.removed) })}</summary><ItemList items={diff.removed} /></details>}
      {c.model_changes > 0 && <details><summary>{t('modelChanges', { count: fmt(c.model_changes) })}</summary><ItemList items={diff.model_changes} note={(i) => t('was', { model: model((i as DiffItem & { from_model: string }).from_model) })} /></details>}
      {c.renamed > 0 && <details><summary>{t('renamed', { count: fmt(c.renamed) })}</summary><ItemList items={diff.renamed} note={(i) => t('wasListed', { name: (i as DiffItem & { from_name: string }).from_name })} /></details>}
      {c.suspected_renames > 0 && (
        <details>
          <summary>{t('suspected', { count: fmt(c.suspected_renames) })}</summary>
          <ul className="ml-5 list-disc text-sm">
            {diff.suspected_renames.map((p) => (
              <li key={`${p.removed.row}-${p.added.row}`}>
                <Link href={`/agencies/${p.removed.agency_id}`}>{p.removed.agency}</Link> → <Link href={`/agencies/${p.added.agency_id}`}>{p.added.agency}</Link> ({p.added.state}, {model(p.added.model)}, {t('signed', { date: p.added.signed_on ?? '—' })})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
