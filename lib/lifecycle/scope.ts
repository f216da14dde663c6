import type { Tx } from '../db.ts'
import { loadCaptures } from './lists.ts'

/**
 * The agreements whose lifecycle a new capture can change: those on it and on the captures either side of it in its
 * series. An agreement on none of the three has no run that starts, ends or breaks there, so its intervals, events and
 * periods stay as they are.
 */
export async function agreementsNearCapture(tx: Tx, sourceListId: number): Promise<number[]> {
  const list = await tx.sourceList.findUniqueOrThrow({ where: { id: sourceListId }, select: { kind: true } })
  const captures = await loadCaptures(tx, list.kind as 'participating' | 'pending' | 'roster')
  const i = captures.findIndex((c) => c.id === sourceListId)
  const versions = [captures[i - 1], captures[i], captures[i + 1]].flatMap((c) => (c?.versionId ? [c.versionId] : []))
  const rows = await tx.$queryRawUnsafe<{ agreementId: number | bigint }[]>(
    `SELECT DISTINCT "agreementId" FROM "ListEntry" WHERE "agreementId" IS NOT NULL AND "versionId" IN (SELECT value FROM json_each(?))`,
    JSON.stringify(versions),
  )
  return rows.map((r) => Number(r.agreementId))
}

/** An agency's agreements, for a change (its state) that moves all of them. */
export async function agreementsOfAgency(tx: Tx, agencyId: number): Promise<number[]> {
  return (await tx.agreement.findMany({ where: { agencyId }, select: { id: true } })).map((a) => a.id)
}
