import type { Tx } from '../db.ts'
import { recordAudit } from '../audit.ts'
import { NON_RENEWAL_REASON } from './non-renewal-reason.ts'
import { rebuildLifecycle } from './rebuild.ts'

export const NON_RENEWAL_DATE = '2012-12-31'
const DECISION_SLUG = '2012-12-21-task-force-non-renewal'

/**
 * ICE decided on Dec 21, 2012 not to renew any task-force agreement. Task-force agreements on
 * the roster of 2012-10-16 and absent from the roster of 2012-12-31 therefore ended on
 * 2012-12-31, "not renewed". The three that left between 2012-10-02 and 2012-10-16 are left
 * as removals: no source dates or explains their end. Idempotent.
 */
export async function applyTaskForceNonRenewal2012(tx: Tx): Promise<number> {
  const [oct, dec, decision] = await Promise.all([
    tx.sourceList.findFirst({ where: { kind: 'roster', asOf: '2012-10-16' }, select: { id: true } }),
    tx.sourceList.findFirst({ where: { kind: 'roster', asOf: '2012-12-31' }, select: { id: true } }),
    tx.policyEvent.findUnique({ where: { slug: DECISION_SLUG }, select: { id: true, citationId: true } }),
  ])
  if (!oct || !dec || !decision) return 0
  const candidates = await tx.listEntry.findMany({
    where: { sourceListId: oct.id, model: 'task_force', agreementId: { not: null }, agreement: { entries: { none: { sourceListId: dec.id } }, events: { none: { kind: 'not_renewed', derived: false } } } },
    select: { agreementId: true },
  })
  for (const { agreementId } of candidates) {
    await tx.agreementEvent.create({
      data: {
        agreementId: agreementId!, kind: 'not_renewed', onDate: NON_RENEWAL_DATE, citationId: decision.citationId,
        reason: NON_RENEWAL_REASON,
      },
    })
    await tx.agreement.update({ where: { id: agreementId! }, data: { expiresOn: NON_RENEWAL_DATE, expiresCitationId: decision.citationId } })
    await recordAudit(tx, { actor: 'seed', channel: 'seed' }, {
      action: 'update', recordType: 'Agreement', recordId: String(agreementId),
      reason: 'Task-force agreements not renewed by ICE (Dec 21, 2012 decision) end on 2012-12-31', diff: { expiresOn: [null, NON_RENEWAL_DATE] },
    })
  }
  if (candidates.length) await rebuildLifecycle(tx, { agreementIds: candidates.map((c) => c.agreementId!) })
  return candidates.length
}
