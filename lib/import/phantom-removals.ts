import type { Db } from '../db.ts'
import { nameSimilarity, type NameSimilarity } from './similar-names.ts'

export interface PhantomRemoval {
  state: string
  model: string
  signedOn: string
  endedOn: string
  startedOn: string
  old: { agreementId: number; agencyId: number; name: string }
  new: { agreementId: number; agencyId: number; name: string }
  similarity: Exclude<NameSimilarity, 'different'>
  /** The open, accepted or rejected MergeCandidate of the two agencies, if any. */
  candidate: { id: number; status: string } | null
}

type Row = { state: string; model: string; signedOn: string; endedOn: string; startedOn: string; oldAgreement: number; oldAgency: number; oldName: string; newAgreement: number; newAgency: number; newName: string }

/**
 * An agreement whose presence ends at one capture while an agreement of another agency of the same state, model and
 * signing date begins at the next one, under a similar name: a removal and an addition that are one agency respelt.
 * Names are the rows' own text at the two ends (rows are stored once per version, on its first capture).
 */
export async function findPhantomRemovals(db: Db, since: string): Promise<PhantomRemoval[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT ga.state, a.model, a."signedOn", i."endOn" AS "endedOn", j."startOn" AS "startedOn",
            a.id AS "oldAgreement", ga.id AS "oldAgency", eo."agencyRaw" AS "oldName", b.id AS "newAgreement", gb.id AS "newAgency", en."agencyRaw" AS "newName"
     FROM "PresenceInterval" i
     JOIN "Agreement" a ON a.id = i."agreementId"
     JOIN "Agency" ga ON ga.id = a."agencyId"
     JOIN "PresenceInterval" j ON j.series = 'listed' AND j."firstListId" = i."nextListId"
     JOIN "Agreement" b ON b.id = j."agreementId" AND b.id <> a.id AND b.model = a.model AND b."signedOn" = a."signedOn"
     JOIN "Agency" gb ON gb.id = b."agencyId" AND gb.state = ga.state AND gb.id <> ga.id
     JOIN "SourceList" so ON so.id = i."lastListId"
     JOIN "ListEntry" eo ON eo."versionId" = so."versionId" AND eo."rowNumber" = i."lastRow"
     JOIN "SourceList" sn ON sn.id = j."firstListId"
     JOIN "ListEntry" en ON en."versionId" = sn."versionId" AND en."rowNumber" = j."firstRow"
     WHERE i.series = 'listed' AND i."endOn" >= ? AND i."nextListId" IS NOT NULL
     ORDER BY i."endOn", ga.state, eo."agencyRaw"`,
    since,
  )
  const candidates = await db.mergeCandidate.findMany({ select: { id: true, status: true, fromAgencyId: true, intoAgencyId: true } })
  const pair = (x: number, y: number) => (x < y ? `${x}|${y}` : `${y}|${x}`)
  const byPair = new Map(candidates.map((c) => [pair(c.fromAgencyId, c.intoAgencyId), { id: c.id, status: c.status }]))
  return rows.flatMap((r) => {
    const similarity = nameSimilarity(r.state, r.oldName, r.newName)
    if (similarity === 'different') return []
    const oldAgency = Number(r.oldAgency)
    const newAgency = Number(r.newAgency)
    return [{
      state: r.state, model: r.model, signedOn: r.signedOn, endedOn: r.endedOn, startedOn: r.startedOn, similarity,
      old: { agreementId: Number(r.oldAgreement), agencyId: oldAgency, name: r.oldName.trim() },
      new: { agreementId: Number(r.newAgreement), agencyId: newAgency, name: r.newName.trim() },
      candidate: byPair.get(pair(oldAgency, newAgency)) ?? null,
    }]
  })
}
