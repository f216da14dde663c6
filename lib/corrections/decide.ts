import { recordAudit, type Actor } from '../audit.ts'
import type { Tx } from '../db.ts'

/** Marks an open suggestion decided; returns false when it is not open (already decided or unknown). */
export async function decideSuggestion(tx: Tx, id: number, status: 'accepted' | 'rejected', reason: string, who: Actor): Promise<boolean> {
  const res = await tx.correctionSuggestion.updateMany({ where: { id, status: 'open' }, data: { status, decidedAt: new Date(), decidedBy: who.actor, decisionReason: reason } })
  if (res.count === 0) return false
  await recordAudit(tx, who, { action: status === 'accepted' ? 'accept' : 'reject', recordType: 'CorrectionSuggestion', recordId: String(id), reason, diff: { status: ['open', status] } })
  return true
}
