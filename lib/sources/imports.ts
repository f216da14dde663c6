import 'server-only'
import { db } from '../db.ts'

export interface ImportRecord {
  actor: string
  channel: string
  at: string
}

/** Who imported each list and when, from the audit log (the one record of an import), keyed by list id. */
export async function importRecords(): Promise<Record<number, ImportRecord>> {
  const rows = await db.auditLog.findMany({
    where: { action: 'import', recordType: 'SourceList' },
    select: { recordId: true, actor: true, channel: true, at: true },
    orderBy: { at: 'asc' },
  })
  return Object.fromEntries(rows.map((r) => [Number(r.recordId), { actor: r.actor, channel: r.channel, at: r.at.toISOString() }]))
}
