import type { Actor } from '../audit.ts'
import { mergeAgencies } from '../agencies/merge.ts'
import type { Tx } from '../db.ts'
import { agreementsOfAgency } from '../lifecycle/scope.ts'
import type { AutoMerge, MergeReview } from './renames.ts'

/**
 * Queues each pair of similar records for an editor, once: a pair already queued or decided (either way round) is left
 * as it is, so a rejected pair stays apart however often ICE flips between the spellings. The older record is the one
 * merged into, so its id (and every link to it) survives.
 */
export async function queueMergeCandidates(tx: Tx, reviews: MergeReview[]): Promise<number> {
  let queued = 0
  for (const r of reviews) {
    const other = r.fromAgencyId ?? (await tx.agency.findUnique({ where: { state_nameKey: { state: r.state, nameKey: r.fromNameKey } }, select: { id: true } }))?.id
    if (other === undefined || other === r.intoAgencyId) continue
    const [intoAgencyId, fromAgencyId] = [Math.min(other, r.intoAgencyId), Math.max(other, r.intoAgencyId)]
    if (await tx.mergeCandidate.count({ where: { fromAgencyId, intoAgencyId } })) continue
    // One of the two may have been merged away by this very import.
    if ((await tx.agency.count({ where: { id: { in: [fromAgencyId, intoAgencyId] } } })) < 2) continue
    await tx.mergeCandidate.create({ data: { state: r.state, fromAgencyId, intoAgencyId, reason: r.reason } })
    queued += 1
  }
  return queued
}

/**
 * Merges each new spelling held as a record of its own into the agency it continues, in the import's transaction, and
 * returns the surviving agencies' agreements, whose lifecycle the caller rebuilds. Audited on the import channel: ICE's
 * respelling is not an editor's correction.
 */
export async function applyAutoMerges(tx: Tx, merges: AutoMerge[], who: Actor): Promise<number[]> {
  const done = new Set<number>()
  const survivors = new Set<number>()
  const actor: Actor = { ...who, channel: who.channel === 'seed' ? 'seed' : 'import' }
  for (const m of merges) {
    if (done.has(m.fromAgencyId)) continue
    done.add(m.fromAgencyId)
    const res = await mergeAgencies(tx, m.fromAgencyId, m.intoAgencyId, actor, { reason: m.reason, rebuild: false })
    if (res.kind === 'invalid') throw new Error(`Merging agency ${m.fromAgencyId} into ${m.intoAgencyId}: ${res.message}`)
    survivors.add(res.intoAgencyId)
  }
  return (await Promise.all([...survivors].map((id) => agreementsOfAgency(tx, id)))).flat()
}
