import Link from 'next/link'
import { describeValue, slugOf, type AuditEntry } from '@/lib/admin/history'

export function DiffTable({ diff }: { diff: AuditEntry['diff'] }) {
  const rows = Object.entries(diff).filter(([k]) => k !== 'version')
  if (rows.length === 0) return null
  return (
    <table className="text-sm">
      <thead><tr className="text-left"><th className="pr-4">Field</th><th className="pr-4">Before</th><th>After</th></tr></thead>
      <tbody>
        {rows.map(([field, [before, after]]) => (
          <tr key={field}><td className="pr-4 font-medium">{field}</td><td className="pr-4"><del>{describeValue(before)}</del></td><td><ins>{describeValue(after)}</ins></td></tr>
        ))}
      </tbody>
    </table>
  )
}

export function AuditEntryView({ entry, withRecord }: { entry: AuditEntry; withRecord?: boolean }) {
  const slug = slugOf(entry.recordType)
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <span className="font-medium">#{entry.id}</span> {entry.at.slice(0, 16).replace('T', ' ')} UTC · {entry.actor} · {entry.channel} · {entry.action}
        {withRecord && <> · {slug ? <Link href={`/admin/history/${slug}/${entry.recordId}`}>{entry.recordType} {entry.recordId}</Link> : `${entry.recordType} ${entry.recordId}`}</>}
      </p>
      <p className="text-sm">Reason: {entry.reason}{entry.sourceUrl && <> · Source: {/^https?:/.test(entry.sourceUrl) ? <a href={entry.sourceUrl}>{entry.sourceUrl}</a> : entry.sourceUrl}</>}</p>
      <DiffTable diff={entry.diff} />
    </div>
  )
}
