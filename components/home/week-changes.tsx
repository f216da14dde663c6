import Link from 'next/link'
import { MODEL_LABELS, type AgreementModel } from '@/lib/agreements/constants'
import type { WeekChanges as Changes } from '@/lib/home/queries'

interface WeekChangesProps {
  changes: Changes | null
}

const SHOWN = 5

/** Agreements added to and dropped from ICE's list in the week up to its newest list, with the first few named. */
export function WeekChanges({ changes }: WeekChangesProps) {
  if (!changes) {
    return (
      <section aria-labelledby="week" className="rounded border border-line p-4">
        <h2 id="week" className="text-base font-semibold">This week’s changes</h2>
        <p className="mt-2 text-muted">We hold no list from a week before the newest one, so there is nothing to compare.</p>
      </section>
    )
  }
  const { from, to, days, added, removed } = changes
  const week = days <= 7
  return (
    <section aria-labelledby="week" className="rounded border border-line p-4">
      <h2 id="week" className="text-base font-semibold">{week ? 'This week’s changes' : 'Changes since the previous list we hold'}</h2>
      <p className="mt-1 text-sm text-muted">
        {from.label} → {to.label}
        {!week && <> ({days.toLocaleString('en-US')} days apart: we hold no list from the week before {to.as_of})</>}.
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <ChangeList term="Added" items={added} />
        <ChangeList term="No longer listed" items={removed} />
      </dl>
      <p className="mt-2 text-sm">
        <Link href={`/snapshots/diff?from=${from.id}&to=${to.id}`}>Every change between the two lists</Link>
      </p>
    </section>
  )
}

function ChangeList({ term, items }: { term: string; items: Changes['added'] }) {
  return (
    <div>
      <dt className="text-sm text-muted">{term}</dt>
      <dd className="text-2xl font-bold tabular">{items.length.toLocaleString('en-US')}</dd>
      {items.length > 0 && (
        <dd>
          <ul className="mt-1 space-y-0.5 text-xs">
            {items.slice(0, SHOWN).map((i) => (
              <li key={`${i.agency_id}:${i.model}`}>
                <Link href={`/agencies/${i.agency_id}`}>{i.agency}</Link> ({i.state}, {MODEL_LABELS[i.model as AgreementModel] ?? i.model})
              </li>
            ))}
            {items.length > SHOWN && <li className="text-muted">and {(items.length - SHOWN).toLocaleString('en-US')} more</li>}
          </ul>
        </dd>
      )}
    </div>
  )
}
