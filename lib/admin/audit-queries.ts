import 'server-only'
import type { Prisma } from '../generated/prisma/client.ts'
import { requireUser } from '../auth/guard.ts'
import { hasRole } from '../auth/roles.ts'
import { db } from '../db.ts'
import { AUDIT_SELECT, toAuditEntry } from './history.ts'

export const AUDIT_PER_PAGE = 50
/** Changes to accounts and tokens name users and roles: only admins read them. */
const ADMIN_ONLY_TYPES = ['User', 'ApiToken']

export interface AuditQuery {
  user: string
  type: string
  from: string
  to: string
  page: number
}

export async function listAudit(q: AuditQuery) {
  const viewer = await requireUser('/admin/audit')
  const hidden = hasRole(viewer.role, 'admin') ? [] : ADMIN_ONLY_TYPES
  const where: Prisma.AuditLogWhereInput = {
    ...(q.user && { actor: { contains: q.user } }),
    ...(q.type ? { recordType: hidden.includes(q.type) ? { in: [] } : q.type } : hidden.length ? { recordType: { notIn: hidden } } : {}),
    ...((q.from || q.to) && { at: { ...(q.from && { gte: new Date(`${q.from}T00:00:00Z`) }), ...(q.to && { lt: new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) }) } }),
  }
  const [total, rows, types] = await db.$transaction([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, select: AUDIT_SELECT, orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (q.page - 1) * AUDIT_PER_PAGE, take: AUDIT_PER_PAGE }),
    db.auditLog.findMany({ where: { recordType: { notIn: hidden } }, distinct: ['recordType'], select: { recordType: true }, orderBy: { recordType: 'asc' } }),
  ])
  return { total, rows: rows.map(toAuditEntry), pageCount: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)), types: types.map((t) => t.recordType) }
}

export async function recordHistory(recordType: string, recordId: string) {
  const viewer = await requireUser(`/admin/history`)
  if (ADMIN_ONLY_TYPES.includes(recordType) && !hasRole(viewer.role, 'admin')) return []
  const rows = await db.auditLog.findMany({ where: { recordType, recordId }, select: AUDIT_SELECT, orderBy: [{ at: 'desc' }, { id: 'desc' }] })
  return rows.map(toAuditEntry)
}
