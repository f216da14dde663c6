import 'server-only'
import { requireUser } from '../auth/guard.ts'
import { db } from '../db.ts'

/** Audited manual corrections of a record, for the public "corrected on" note (imports and seeding are not corrections). */
export async function listCorrections(recordType: 'Agreement' | 'Agency', id: number | number[]) {
  const ids = (Array.isArray(id) ? id : [id]).map(String)
  const rows = await db.auditLog.findMany({
    where: { recordType, recordId: { in: ids }, channel: { in: ['form', 'api', 'cli'] }, action: { in: ['update', 'revert', 'merge'] } },
    select: { id: true, at: true, reason: true, recordId: true, action: true },
    orderBy: { at: 'desc' },
  })
  return rows.map((r) => ({ id: r.id, recordId: Number(r.recordId), on: r.at.toISOString().slice(0, 10), reason: r.reason, reverted: r.action === 'revert' }))
}

export async function getSuggestion(publicId: string) {
  const s = await db.correctionSuggestion.findUnique({
    where: { publicId },
    select: { publicId: true, recordType: true, recordId: true, text: true, evidenceUrl: true, status: true, createdAt: true, decidedAt: true, decisionReason: true },
  })
  return s && { ...s, createdAt: s.createdAt.toISOString(), decidedAt: s.decidedAt?.toISOString() ?? null }
}

/** The moderation queue: editors only (it holds what the public sent, evidence links included). */
export async function listSuggestions(status: 'open' | 'accepted' | 'rejected') {
  await requireUser('/admin/corrections')
  const rows = await db.correctionSuggestion.findMany({
    where: { status },
    select: { id: true, publicId: true, recordType: true, recordId: true, text: true, evidenceUrl: true, status: true, createdAt: true, decidedAt: true, decidedBy: true, decisionReason: true },
    orderBy: { createdAt: status === 'open' ? 'asc' : 'desc' },
    take: 200,
  })
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null }))
}

/** The open suggestion an editor is acting on, if it belongs to this record. */
export async function getOpenSuggestion(publicId: string | undefined, recordType: string, recordId: number) {
  await requireUser('/admin/corrections')
  if (!publicId || !/^[A-Za-z0-9_-]{8,40}$/.test(publicId)) return null
  return db.correctionSuggestion.findFirst({ where: { publicId, recordType, recordId: String(recordId), status: 'open' }, select: { id: true, publicId: true, text: true, evidenceUrl: true } })
}
