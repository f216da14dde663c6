import Link from 'next/link'
import { AGREEMENT_MODELS, MODEL_LABELS, type AgreementModel } from '@/lib/agreements/schema'
import type { Basis } from '@/lib/stats/basis'

interface ModelCountsProps {
  title: string
  asOf: string
  total: number | null
  byModel: Record<AgreementModel, number> | null
  basis: Basis | null
  href: string
}

export function ModelCounts({ title, asOf, total, byModel, basis, href }: ModelCountsProps) {
  return (
    <section aria-labelledby={`h-${asOf}`} className="rounded border border-line p-4">
      <h2 id={`h-${asOf}`} className="text-base font-semibold">
        {title}
      </h2>
      {total === null || !byModel ? (
        <p className="mt-2 text-muted">No ICE list covers {asOf}: the number is unknown, not zero.</p>
      ) : (
        <>
          <p className="mt-2 text-4xl font-bold tabular">
            <Link href={href}>{total.toLocaleString('en-US')}</Link>
            <span className="ml-2 text-base font-normal text-muted">active agreements</span>
          </p>
          <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
            {AGREEMENT_MODELS.map((m) => (
              <div key={m}>
                <dt className="text-muted">{MODEL_LABELS[m]}</dt>
                <dd className="text-lg font-semibold tabular">{byModel[m].toLocaleString('en-US')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="mt-3 text-xs text-muted">
        As of {asOf}. Basis: {basis ? <Link href={`/sources#list-${basis.list_id}`}>{basis.label}</Link> : 'none (gap in the sources)'}.
      </p>
    </section>
  )
}
