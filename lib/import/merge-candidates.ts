import type { Tx } from '../db.ts'
import type { MergeReview } from './renames.ts'

/**
 * Queues each pair of similar records for an editor, once: a pair already queued or decided (either way round) is left
 * as it is, so a rejected pair stays apart however often ICE flips between the spellings.
 */
export async function queueMergeCandidates(tx: Tx, reviews: MergeReview[]): Promise<number> {
  let queued = 0
  for (const r of reviews) {
    const fromAgencyId = r.fromAgencyId ?? (await tx.agency.findUnique({ where: { state_nameKey: { state: r.state, nameKey: r.fromNameKey } }, select: { id: true } }))?.id
    if (fromAgencyId === undefined || fromAgencyId === r.intoAgencyId) continue
    const held = await tx.mergeCandidate.count({
      where: { OR: [{ fromAgencyId, intoAgencyId: r.intoAgencyId }, { fromAgencyId: r.intoAgencyId, intoAgencyId: fromAgencyId }] },
    })
    if (held) continue
    await tx.mergeCandidate.create({ data: { state: r.state, fromAgencyId, intoAgencyId: r.intoAgencyId, reason: r.reason } })
    queued += 1
  }
  return queued
}
