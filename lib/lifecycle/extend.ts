import type { Tx } from '../db.ts'
import { coverageWindows } from './coverage.ts'
import { listLabel, loadCaptures, seriesOf } from './lists.ts'

/**
 * The usual fetch: ICE's newest file holds the same rows as the capture before it, with no gap between them. Then no
 * run starts, ends or breaks: every interval that ended on the previous capture now ends on this one, and nothing else
 * changes (lifecycle/extend.test.ts checks it against a full rebuild). Returns the previous capture, or null (having
 * changed nothing) when that does not hold and a rebuild is needed.
 */
export async function extendNewest(tx: Tx, sourceListId: number): Promise<{ id: number; asOf: string; label: string } | null> {
  const { kind } = await tx.sourceList.findUniqueOrThrow({ where: { id: sourceListId }, select: { kind: true } })
  const windows = coverageWindows(await loadCaptures(tx, kind as 'participating' | 'pending' | 'roster'))
  const i = windows.findIndex((w) => w.id === sourceListId)
  const [prev, cur] = [windows[i - 1], windows[i]]
  if (!prev || !cur || i !== windows.length - 1 || prev.versionId !== cur.versionId || prev.end !== cur.asOf) return null
  const series = seriesOf(kind)
  await tx.$executeRawUnsafe(
    `UPDATE "PresenceInterval" SET "endOn" = ?, "lastListId" = ?, captures = captures + 1 WHERE "lastListId" = ? AND series = ?`,
    cur.asOf, cur.id, prev.id, series,
  )
  if (series === 'listed')
    await tx.$executeRawUnsafe(
      `UPDATE "Agreement" SET "lastListedOn" = ? WHERE id IN (SELECT "agreementId" FROM "PresenceInterval" WHERE "lastListId" = ? AND series = 'listed')`,
      cur.asOf, cur.id,
    )
  return { id: prev.id, asOf: prev.asOf, label: listLabel(prev.kind, prev.asOf) }
}
