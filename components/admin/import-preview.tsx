import type { ImportResult } from '@/lib/import/apply'
import type { Example } from '@/lib/import/plan'
import { MODEL_LABELS } from '@/lib/agreements/schema'
import { conflictText, countySummary, keptText } from '@/lib/import/report'

const SECTIONS = [
  ['added', 'Added'], ['removed', 'Removed'], ['relisted', 'Re-listed'], ['modelSwitches', 'Model changes'],
  ['renamed', 'Renamed (same agency, new spelling)'], ['suspectedRenames', 'Suspected renames (queued for review)'], ['dateChanges', 'Signing-date changes'], ['flagged', 'Flagged rows'],
] as const

export function ImportPreviewView({ result: r }: { result: ImportResult }) {
  if (r.duplicateOf)
    return <p className="rounded border border-line p-3">{r.fileName} was already imported as source list {r.duplicateOf.id} ({r.duplicateOf.fileName}, as of {r.duplicateOf.asOf}); nothing changed.</p>
  return (
    <section aria-labelledby={`pv-${r.sha256}`} className="space-y-3 rounded border border-line p-3">
      <h2 id={`pv-${r.sha256}`} className="font-semibold">
        {r.applied ? 'Imported' : 'Preview'}: {r.fileName} — {r.kind} list as of {r.asOf}, {r.rows.toLocaleString('en-US')} rows
      </h2>
      <p className="text-sm">Compared with {r.previous ? r.previous.label : 'no earlier list'}. By model: {Object.entries(r.byModel).map(([m, n]) => `${MODEL_LABELS[m as keyof typeof MODEL_LABELS]} ${n}`).join(' · ')}.</p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        {SECTIONS.map(([key, label]) => (
          <div key={key}>
            <dt className="text-muted">{label}</dt>
            <dd className="text-lg font-semibold tabular">{r.counts[key]}</dd>
          </div>
        ))}
        <div>
          <dt className="text-muted">Unchanged</dt>
          <dd className="text-lg font-semibold tabular">{r.counts.unchanged}</dd>
        </div>
        <div>
          <dt className="text-muted">New agencies</dt>
          <dd className="text-lg font-semibold tabular">{r.counts.newAgencies}</dd>
        </div>
      </dl>
      <ImportConflictsView result={r} />
      {SECTIONS.filter(([key]) => r.examples[key].length > 0).map(([key, label]) => (
        <details key={key}>
          <summary>{label}: examples</summary>
          <ul className="ml-5 list-disc text-sm">
            {r.examples[key].map((e: Example, i) => (
              <li key={i}>
                {e.agency} ({e.state}, {MODEL_LABELS[e.model]}){e.rowNumber !== null && `, row ${e.rowNumber}`}
                {e.note && ` — ${e.note}`}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  )
}

/** Corrections the list disagrees with (imports keep them), good dates kept over bad ones, and counties without a FIPS code. */
function ImportConflictsView({ result: r }: { result: ImportResult }) {
  const { corrections, kept, counties } = r.conflicts
  return (
    <>
      <section aria-labelledby={`cf-${r.sha256}`} className={corrections.length ? 'rounded border border-accent p-2' : ''}>
        <h3 id={`cf-${r.sha256}`} className="font-medium">Corrections this list disagrees with: {corrections.length}</h3>
        {corrections.length > 0 && (
          <>
            <p className="text-sm">These fields were corrected by an editor; the import keeps the corrections. Clear one on the record’s edit page to let ICE’s lists write it again.</p>
            <ul className="ml-5 list-disc text-sm">
              {corrections.map((c) => <li key={`${c.recordType}-${c.recordId}-${c.field}`}>{conflictText(c)}</li>)}
            </ul>
          </>
        )}
      </section>
      {kept.length > 0 && (
        <details>
          <summary>Signing dates kept over unreadable or implausible ones: {kept.length}</summary>
          <ul className="ml-5 list-disc text-sm">{kept.map((k) => <li key={k.agreementId}>{keptText(k)}</li>)}</ul>
        </details>
      )}
      <details>
        <summary>Counties: {countySummary(counties)}</summary>
        <ul className="ml-5 list-disc text-sm">
          {counties.examples.map((e) => <li key={e.rowNumber}>Row {e.rowNumber}, {e.agency} ({e.state}): {e.note}</li>)}
          {counties.readAs.map((e) => <li key={`read-${e.rowNumber}`}>Row {e.rowNumber}, {e.agency} ({e.state}): {e.note}</li>)}
        </ul>
      </details>
    </>
  )
}
