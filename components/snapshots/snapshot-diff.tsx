import { Link } from '@/lib/i18n/navigation'
import type { DiffItem, SnapshotDiff } from '@/lib/snapshots/diff'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'

const model = (m: string) => MODEL_LABELS[m as AgreementModel] ?? m
const fmt = (n: number) => n.toLocaleString('en-US')

function ItemList({ items, note }: { items: DiffItem[]; note?: (i: DiffItem) => string }) {
  return (
    <ul className="ml-5 list-disc text-sm">
      {items.map((i) => (
        <li key={`${i.agreement_id}-${i.row}`}>
          <Link href={`/agencies/${i.agency_id}`}>{i.agency}</Link> ({i.state}, {model(i.model)}), row {i.row}
          {note && ` — ${note(i)}`}
        </li>
      ))}
    </ul>
  )
}

export function SnapshotDiffView({ diff }: { diff: SnapshotDiff }) {
  const c = diff.counts
  return (
    <section aria-labelledby="diff-summary" className="space-y-4">
      <h2 id="diff-summary" className="text-lg font-semibold">
        From {diff.from.label} ({fmt(diff.from.rows)} rows) to {diff.to.label} ({fmt(diff.to.rows)} rows)
      </h2>
      <p className="text-lg">
        <strong>+{fmt(c.added)}</strong> agreements, <strong>−{fmt(c.removed)}</strong>, {fmt(c.model_changes)} model changes, {fmt(c.renamed)} renamed, {fmt(c.suspected_renames)} suspected renames; {fmt(c.unchanged)} on both lists.
      </p>
      {c.added > 0 && <details><summary>Added ({fmt(c.added)})</summary><ItemList items={diff.added} /></details>}
      {c.removed > 0 && <details><summary>Removed ({fmt(c.removed)})</summary><ItemList items={diff.removed} /></details>}
      {c.model_changes > 0 && <details><summary>Model changes ({fmt(c.model_changes)})</summary><ItemList items={diff.model_changes} note={(i) => `was ${model((i as DiffItem & { from_model: string }).from_model)}`} /></details>}
      {c.renamed > 0 && <details><summary>Renamed ({fmt(c.renamed)})</summary><ItemList items={diff.renamed} note={(i) => `was listed as “${(i as DiffItem & { from_name: string }).from_name}”`} /></details>}
      {c.suspected_renames > 0 && (
        <details>
          <summary>Suspected renames ({fmt(c.suspected_renames)})</summary>
          <ul className="ml-5 list-disc text-sm">
            {diff.suspected_renames.map((p) => (
              <li key={`${p.removed.row}-${p.added.row}`}>
                <Link href={`/agencies/${p.removed.agency_id}`}>{p.removed.agency}</Link> → <Link href={`/agencies/${p.added.agency_id}`}>{p.added.agency}</Link> ({p.added.state}, {model(p.added.model)}, signed {p.added.signed_on})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
