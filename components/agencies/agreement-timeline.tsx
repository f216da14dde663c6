import { Link } from '@/lib/i18n/navigation'
import { CorrectedNote } from '@/components/corrections/corrected-note'
import { MODEL_LABELS, STATUS_LABELS, type AgreementModel, type AgreementStatus } from '@/lib/agreements/schema'
import type { AgencyPageAgreement } from '@/lib/agencies/detail'
import type { TimelineItem } from '@/lib/agencies/timeline'

interface AgreementTimelineProps {
  agreement: AgencyPageAgreement
  asOf: string
  agencyName: string
}

const KIND_LABELS: Record<TimelineItem['kind'], string> = {
  signed: 'Signed', listed: 'Listed', pending: 'Pending', removed: 'Removed', relisted: 'Relisted', model_switch: 'Model switch',
  renewed: 'Renewed', date_corrected: 'Date changed', expired: 'Expired', not_renewed: 'Not renewed', terminated: 'Terminated', corrected: 'Corrected', gap: 'Gap', unlisted: 'Not listed',
}

function SourceLinks({ item }: { item: TimelineItem }) {
  const s = item.source
  return (
    <>
      {s && (
        <span className="block text-xs">
          Source: <Link href={`/sources#list-${s.listId}`}>{s.label}</Link>, file <a href={`/api/v1/snapshots/${s.listId}/file`}>{s.fileName}<span className="sr-only"> (original file of {s.label})</span></a>
          {s.row !== null && <>, row {s.row}</>}
        </span>
      )}
      {item.lastSource && (
        <span className="block text-xs">
          Last seen: <Link href={`/sources#list-${item.lastSource.listId}`}>{item.lastSource.label}</Link>, file{' '}
          <a href={`/api/v1/snapshots/${item.lastSource.listId}/file`}>{item.lastSource.fileName}<span className="sr-only"> (original file of {item.lastSource.label})</span></a>
          {item.lastSource.row !== null && <>, row {item.lastSource.row}</>}
        </span>
      )}
      {item.citation?.title && (
        <span className="block text-xs">
          Citation: {item.citation.url ? <a href={item.citation.url}>{item.citation.title}</a> : item.citation.title}
          {item.citation.note && <span className="text-muted"> ({item.citation.note})</span>}
        </span>
      )}
    </>
  )
}

export function AgreementTimeline({ agreement: g, asOf, agencyName }: AgreementTimelineProps) {
  const model = MODEL_LABELS[g.model as AgreementModel] ?? g.model
  const status = g.statusOnAsOf ? `${STATUS_LABELS[g.statusOnAsOf.status as AgreementStatus] ?? g.statusOnAsOf.status} (${MODEL_LABELS[g.statusOnAsOf.model as AgreementModel]})` : 'unknown: no source covers the date'
  const headingId = `agreement-${g.id}-h`
  return (
    <article id={`agreement-${g.id}`} aria-labelledby={headingId} className="space-y-3 rounded border border-line p-4">
      <h3 id={headingId} className="text-base font-semibold">{model} agreement</h3>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Status on {asOf}</dt>
        <dd>{status}</dd>
        <dt className="text-muted">Signed</dt>
        <dd className="tabular">{g.signedOn ?? 'unknown'}</dd>
        <dt className="text-muted">Expires</dt>
        <dd>
          {g.expiresOn ?? 'not given on ICE\u2019s lists'}
          {g.expiresCitation?.title && <span className="text-muted"> — {g.expiresCitation.url ? <a href={g.expiresCitation.url}>{g.expiresCitation.title}</a> : g.expiresCitation.title}</span>}
        </dd>
        <dt className="text-muted">Agreement text</dt>
        <dd>
          {g.moaUrl ? <a href={g.moaUrl}>MOA (PDF)<span className="sr-only"> of {agencyName}, {model.toLowerCase()}</span></a> : g.moaFile ? <>ICE's roster names the MOA file {g.moaFile}; no link is held</> : 'no MOA link on ICE\u2019s lists'}
          {g.addendumUrl && <> · <a href={g.addendumUrl}>Addendum (PDF)<span className="sr-only"> of {agencyName}, {model.toLowerCase()}</span></a></>}
        </dd>
      </dl>
      {g.flags.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {g.flags.map((f) => <li key={f}>Data-quality flag: {f.replace(/_/g, ' ')}</li>)}
        </ul>
      )}
      <ol className="space-y-2 border-l-2 border-line pl-4 text-sm" aria-label={`Timeline of the ${model.toLowerCase()} agreement`}>
        {g.timeline.map((item) => (
          <li key={item.key} className={item.kind === 'gap' ? 'rounded border border-dashed border-muted bg-wash p-2' : ''}>
            <span className="font-semibold tabular">{item.until ? `${item.date} → ${item.until}` : item.date}</span>{' '}
            <span className="font-semibold">{KIND_LABELS[item.kind]}:</span> {item.text}
            <SourceLinks item={item} />
            {item.warnings.map((w) => (
              <span key={w} className="mt-1 block rounded bg-amber-50 px-2 py-1 text-xs">Data quality: {w}</span>
            ))}
          </li>
        ))}
      </ol>
      <CorrectedNote recordType="Agreement" recordId={g.id} />
      <p className="text-sm">
        <Link href={`/corrections/new?type=Agreement&id=${g.id}`}>Suggest a correction<span className="sr-only"> to the {model.toLowerCase()} agreement of {agencyName}</span></Link>
      </p>
    </article>
  )
}
