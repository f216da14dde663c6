import type { listCriteriaSets } from '@/lib/policy/queries'
import { formatDate } from '@/lib/i18n/format'

type CriteriaSet = Awaited<ReturnType<typeof listCriteriaSets>>[number]

/** One card per version, side by side, so later criteria (e.g. the Nov 2014 priorities) line up with earlier ones. */
export function CriteriaSets({ sets }: { sets: CriteriaSet[] }) {
  if (sets.length === 0) return <p className="text-muted">No criteria are recorded yet.</p>
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {sets.map((s) => (
        <article key={s.id} id={s.slug} aria-labelledby={`${s.slug}-title`} className="rounded border border-line p-4">
          <p className="text-xs uppercase tracking-wide text-muted">
            Version {s.version} · in force from <time dateTime={s.effectiveOn}>{formatDate(s.effectiveOn)}</time>
          </p>
          <h3 id={`${s.slug}-title`} className="mt-1 font-semibold">{s.title}</h3>
          <p className="mt-2 text-sm">{s.preamble}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
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
              Event: <a href={`#${s.policyEvent.slug}`}>{s.policyEvent.title}</a>
              {s.policyEvent.sourceName && <> · Source: {s.policyEvent.sourceUrl ? <a href={s.policyEvent.sourceUrl}>{s.policyEvent.sourceName}</a> : s.policyEvent.sourceName}</>}
            </p>
          )}
        </article>
      ))}
    </div>
  )
}
