import { TERMINAL_KINDS } from '../agreements/schema.ts'
import type { Tx } from '../db.ts'
import { coverageWindows } from './coverage.ts'
import { listLabel, loadCaptures, seriesOf } from './lists.ts'

/** The capture and the one before it in its series, when it is the newest and follows that one with no gap; else null. */
async function newestAfterPrevious(tx: Tx, sourceListId: number) {
  const { kind } = await tx.sourceList.findUniqueOrThrow({ where: { id: sourceListId }, select: { kind: true } })
  const windows = coverageWindows(await loadCaptures(tx, kind as 'participating' | 'pending' | 'roster'))
  const i = windows.findIndex((w) => w.id === sourceListId)
  const [prev, cur] = [windows[i - 1], windows[i]]
  if (!prev || !cur || i !== windows.length - 1 || prev.end !== cur.asOf) return null
  return { kind, prev, cur }
}

/**
 * The usual fetch: ICE's newest file holds the same rows as the capture before it, with no gap between them. Then no
 * run starts, ends or breaks: every interval that ended on the previous capture now ends on this one, and nothing else
 * changes (lifecycle/extend.test.ts checks it against a full rebuild). Returns the previous capture, or null (having
 * changed nothing) when that does not hold and a rebuild is needed.
 */
export async function extendNewest(tx: Tx, sourceListId: number): Promise<{ id: number; asOf: string; label: string } | null> {
  const pair = await newestAfterPrevious(tx, sourceListId)
  if (!pair || pair.prev.versionId !== pair.cur.versionId) return null
  const { kind, prev, cur } = pair
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

const FIRST_ROWS = (param: string) =>
  `SELECT "agreementId", min("rowNumber") AS "rowNumber", model, "signedOn", instr(flags, 'implausible_date') = 0 AS plausible
   FROM "ListEntry" WHERE "versionId" = ${param} AND "agreementId" IS NOT NULL GROUP BY "agreementId"`

/**
 * The usual import: ICE's newest list, a little changed from the one before it with no gap between them. An agreement
 * on both, listed the same way (model, signing date: its first row in each) and with no end recorded since the earlier
 * list, continues: its run grows by one capture and nothing else of its lifecycle changes, so its interval is extended
 * here and only the others need a rebuild (lifecycle/extend.test.ts compares the result with a full rebuild). Returns
 * the agreements extended; none when the capture is not the newest of the listed series or a gap precedes it.
 */
export async function extendContinuing(tx: Tx, sourceListId: number, exclude: number[]): Promise<Set<number>> {
  const pair = await newestAfterPrevious(tx, sourceListId)
  if (!pair || seriesOf(pair.kind) !== 'listed') return new Set()
  const { prev, cur } = pair
  const rows = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
    `WITH cur AS (${FIRST_ROWS('?')}), prev AS (${FIRST_ROWS('?')})
     SELECT cur."agreementId" AS id FROM cur JOIN prev ON prev."agreementId" = cur."agreementId" JOIN "Agreement" a ON a.id = cur."agreementId"
     WHERE cur.model = prev.model AND cur."signedOn" IS prev."signedOn" AND cur.plausible = prev.plausible
       AND (a."expiresOn" IS NULL OR a."expiresOn" < ?)
       AND NOT EXISTS (SELECT 1 FROM "AgreementEvent" t WHERE t."agreementId" = cur."agreementId" AND t.derived = 0
                       AND t.kind IN (SELECT value FROM json_each(?)) AND coalesce(t."onDate", t."toDate") >= ?)
       AND EXISTS (SELECT 1 FROM "PresenceInterval" p WHERE p."agreementId" = cur."agreementId" AND p.series = 'listed' AND p."lastListId" = ?)
       AND cur."agreementId" NOT IN (SELECT value FROM json_each(?))`,
    cur.versionId, prev.versionId, prev.asOf, JSON.stringify(TERMINAL_KINDS), prev.asOf, prev.id, JSON.stringify(exclude),
  )
  const ids = rows.map((r) => Number(r.id))
  if (ids.length === 0) return new Set()
  await tx.$executeRawUnsafe(
    `UPDATE "PresenceInterval" SET "endOn" = ?, "lastListId" = ?, captures = captures + 1,
       "lastRow" = (SELECT min("rowNumber") FROM "ListEntry" e WHERE e."versionId" = ? AND e."agreementId" = "PresenceInterval"."agreementId")
     WHERE series = 'listed' AND "lastListId" = ? AND "agreementId" IN (SELECT value FROM json_each(?))`,
    cur.asOf, cur.id, cur.versionId, prev.id, JSON.stringify(ids),
  )
  await tx.$executeRawUnsafe(`UPDATE "Agreement" SET "lastListedOn" = ? WHERE id IN (SELECT value FROM json_each(?))`, cur.asOf, JSON.stringify(ids))
  return new Set(ids)
}
