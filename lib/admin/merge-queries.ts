import 'server-only'
import { requireUser } from '../auth/guard.ts'
import { db } from '../db.ts'

export type MergeStatus = 'open' | 'accepted' | 'rejected'

const AGENCY = { id: true, name: true, state: true, names: { select: { name: true, firstSeenOn: true, lastSeenOn: true }, orderBy: { firstSeenOn: 'asc' } }, agreements: { select: { id: true, model: true, signedOn: true, firstListedOn: true, lastListedOn: true } } } as const

/** The review queue with both records of each pair as they are now (editors only). */
export async function listMergeCandidates(status: MergeStatus) {
  await requireUser('/admin/merges')
  const rows = await db.mergeCandidate.findMany({ where: { status }, orderBy: { createdAt: status === 'open' ? 'asc' : 'desc' }, take: 200 })
  const ids = [...new Set(rows.flatMap((r) => [r.fromAgencyId, r.intoAgencyId]))]
  const agencies = new Map((await db.agency.findMany({ where: { id: { in: ids } }, select: AGENCY })).map((a) => [a.id, a]))
  return rows.map((r) => ({
    id: r.id, state: r.state, reason: r.reason, status: r.status, createdAt: r.createdAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null, decidedBy: r.decidedBy,
    fromAgencyId: r.fromAgencyId, intoAgencyId: r.intoAgencyId, from: agencies.get(r.fromAgencyId) ?? null, into: agencies.get(r.intoAgencyId) ?? null,
  }))
}
export type MergeCandidateView = Awaited<ReturnType<typeof listMergeCandidates>>[number]
