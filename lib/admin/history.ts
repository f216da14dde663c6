import type { Prisma } from '../generated/prisma/client.ts'
import type { Diff } from '../audit.ts'
import type { Tx } from '../db.ts'

/** URL segment ↔ AuditLog.recordType for the records an editor can change. */
export const RECORD_TYPES = { agreement: 'Agreement', agency: 'Agency', 'policy-event': 'PolicyEvent', county: 'County', user: 'User', 'source-list': 'SourceList', 'api-token': 'ApiToken', correction: 'CorrectionSuggestion' } as const
export type RecordSlug = keyof typeof RECORD_TYPES
export type RecordType = (typeof RECORD_TYPES)[RecordSlug]
export const slugOf = (type: string) => (Object.entries(RECORD_TYPES).find(([, t]) => t === type)?.[0] ?? null) as RecordSlug | null

export const AUDIT_SELECT = { id: true, at: true, actor: true, channel: true, action: true, recordType: true, recordId: true, reason: true, sourceUrl: true, diff: true } satisfies Prisma.AuditLogSelect
type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof AUDIT_SELECT }>

export function toAuditEntry(r: AuditRow) {
  return { ...r, at: r.at.toISOString(), diff: JSON.parse(r.diff) as Diff }
}
export type AuditEntry = ReturnType<typeof toAuditEntry>

/** Audited changes made to a record after the version an editor started from (the versions are in each diff). */
export async function changesSince(tx: Pick<Tx, 'auditLog'>, recordType: RecordType, recordId: string, version: number): Promise<AuditEntry[]> {
  const rows = await tx.auditLog.findMany({ where: { recordType, recordId }, select: AUDIT_SELECT, orderBy: { at: 'asc' } })
  return rows.map(toAuditEntry).filter((e) => {
    const v = e.diff.version
    return Array.isArray(v) && typeof v[0] === 'number' && v[0] >= version
  })
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(empty)'
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('kind' in o) return `${String(o.kind).replace('_', ' ')}${o.onDate ? ` on ${String(o.onDate)}` : ''}`
    return JSON.stringify(v)
  }
  return String(v)
}

/** "expiresOn: 2026-01-01 → 2027-01-01; by x@y (form) on …: reason" for conflict messages. */
export function describeChanges(changes: AuditEntry[]): string {
  return changes
    .map((c) => {
      const fields = Object.entries(c.diff).filter(([k]) => k !== 'version').map(([k, [a, b]]) => `${k} ${describeValue(a)} → ${describeValue(b)}`)
      return `${c.at.slice(0, 16).replace('T', ' ')} UTC by ${c.actor} (${c.channel}): ${fields.join(', ') || c.action} — “${c.reason}”`
    })
    .join('; ')
}

export function conflictMessage(current: number, changes: AuditEntry[]): string {
  return `Someone saved this record while you were editing it (now at version ${current}); nothing was saved. Changed meanwhile: ${describeChanges(changes) || 'see the history'}. Reload the form to start from the current values.`
}
