import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { db } from '../db.ts'
import { AUDIT_SELECT, toAuditEntry } from './history.ts'

export const AUDIT_PER_PAGE = 50

export interface AuditQuery {
  user: string
  type: string
  from: string
  to: string
  page: number
}

export async function listAudit(q: AuditQuery) {
  const where: Prisma.AuditLogWhereInput = {
    ...(q.user && { actor: { contains: q.user } }),
    ...(q.type && { recordType: q.type }),
    ...((q.from || q.to) && { at: { ...(q.from && { gte: new Date(`${q.from}T00:00:00Z`) }), ...(q.to && { lt: new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) }) } }),
  }
  const [total, rows, types] = await db.$transaction([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, select: AUDIT_SELECT, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (q.page - 1) * AUDIT_PER_PAGE, take: AUDIT_PER_PAGE }),
    db.auditLog.findMany({ distinct: ['recordType'], select: { recordType: true }, orderBy: { recordType: 'asc' } }),
  ])
  return { total, rows: rows.map(toAuditEntry), pageCount: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)), types: types.map((t) => t.recordType) }
}

export async function recordHistory(recordType: string, recordId: string) {
  const rows = await db.auditLog.findMany({ where: { recordType, recordId }, select: AUDIT_SELECT, orderBy: [{ at: 'desc' }, { id: 'desc' }] })
  return rows.map(toAuditEntry)
}
