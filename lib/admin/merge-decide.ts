import { z } from 'zod'
import { recordAudit, type Actor } from '../audit.ts'
import type { Db } from '../db.ts'
import { EditMetaSchema } from './fields.ts'
import { mergeAgencies, type MergeResult } from '../agencies/merge.ts'

export const MergeDecisionSchema = z.object({ id: z.coerce.number().int().positive(), decision: z.enum(['accept', 'reject']) }).extend(EditMetaSchema.shape)
export type MergeDecision = z.infer<typeof MergeDecisionSchema>

export const MergeRecordsSchema = z
  .object({ fromId: z.coerce.number().int().positive('Give the id of the agency to merge.'), intoId: z.coerce.number().int().positive('Give the id of the agency it merges into.') })
  .extend(EditMetaSchema.shape)
  .refine((v) => v.fromId !== v.intoId, { path: ['intoId'], message: 'An agency cannot be merged into itself.' })
export type MergeRecords = z.infer<typeof MergeRecordsSchema>

export type DecideResult = { kind: 'ok'; status: 'accepted' | 'rejected'; merge?: MergeResult } | { kind: 'invalid'; message: string }

const TX = { timeout: 120_000, maxWait: 30_000 }

/**
 * Accept merges the candidate's two records (mergeAgencies) and closes it, reject keeps them apart and closes it; both in
 * one transaction with the audit entry, and only while the candidate is open.
 */
export async function decideMergeCandidate(db: Db, input: MergeDecision, who: Actor): Promise<DecideResult> {
  return db.$transaction(async (tx): Promise<DecideResult> => {
    const c = await tx.mergeCandidate.findUnique({ where: { id: input.id }, select: { id: true, status: true, fromAgencyId: true, intoAgencyId: true } })
    if (!c) return { kind: 'invalid', message: `There is no merge candidate ${input.id}.` }
    if (c.status !== 'open') return { kind: 'invalid', message: `This candidate was already ${c.status}; nothing was changed.` }
    const status = input.decision === 'accept' ? 'accepted' : 'rejected'
    let merge: MergeResult | undefined
    if (status === 'accepted') {
      merge = await mergeAgencies(tx, c.fromAgencyId, c.intoAgencyId, who, { reason: input.reason, source: input.source, candidateId: c.id })
      if (merge.kind === 'invalid') throw new MergeRefused(merge.message)
    }
    await tx.mergeCandidate.update({ where: { id: c.id }, data: { status, decidedAt: new Date(), decidedBy: who.actor } })
    await recordAudit(tx, who, { action: status === 'accepted' ? 'accept' : 'reject', recordType: 'MergeCandidate', recordId: String(c.id), reason: input.reason, sourceUrl: input.source, diff: { status: ['open', status] } })
    return { kind: 'ok', status, merge }
  }, TX).catch((error: unknown): DecideResult => {
    if (error instanceof MergeRefused) return { kind: 'invalid', message: error.message }
    throw error
  })
}

/** An editor's merge of two records named by id (no candidate needed). */
export async function mergeRecords(db: Db, input: MergeRecords, who: Actor): Promise<MergeResult> {
  return db.$transaction(async (tx) => {
    const res = await mergeAgencies(tx, input.fromId, input.intoId, who, { reason: input.reason, source: input.source })
    if (res.kind === 'invalid') throw new MergeRefused(res.message)
    return res
  }, TX).catch((error: unknown) => {
    if (error instanceof MergeRefused) return { kind: 'invalid', message: error.message } as const
    throw error
  })
}

// Thrown inside the transaction so that nothing of a refused merge is written.
class MergeRefused extends Error {}
