import { recordAudit, type Actor } from '../audit.ts'
import type { Tx } from '../db.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { agreementsOfAgency } from '../lifecycle/scope.ts'
import { refreshAgencySearch } from '../search/index.ts'

export type MergeResult = { kind: 'ok'; intoAgencyId: number; mergedAgreements: number[]; movedAgreements: number[] } | { kind: 'invalid'; message: string }

// Fields an agreement takes from the record listed most recently, unless an editor locked them on the survivor.
const DETAILS = ['model', 'signedOn', 'signedRaw', 'moaUrl', 'moaFile', 'addendumUrl', 'flags'] as const

const AGREEMENT = { id: true, model: true, signedOn: true, signedRaw: true, moaUrl: true, moaFile: true, addendumUrl: true, flags: true, expiresOn: true, firstListedOn: true, lastListedOn: true, lockedFields: true } as const
const AGENCY = { id: true, name: true, state: true, countyName: true, countyFips: true, lockedFields: true, names: { select: { name: true, firstSeenOn: true, lastSeenOn: true } }, agreements: { select: AGREEMENT, orderBy: { id: 'asc' } } } as const

const locked = (json: string) => JSON.parse(json) as string[]
const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b))
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b))

/** Points every row that names a record at its survivor: history and corrections follow the record they describe. */
async function repoint(tx: Tx, recordType: 'Agency' | 'Agreement', from: number, into: number) {
  await tx.auditLog.updateMany({ where: { recordType, recordId: String(from) }, data: { recordId: String(into) } })
  await tx.correctionSuggestion.updateMany({ where: { recordType, recordId: String(from) }, data: { recordId: String(into) } })
}

type AgreementRow = { id: number; model: string; signedOn: string | null; signedRaw: string | null; moaUrl: string | null; moaFile: string | null; addendumUrl: string | null; flags: string; expiresOn: string | null; firstListedOn: string | null; lastListedOn: string | null; lockedFields: string }

async function mergeAgreement(tx: Tx, from: AgreementRow, into: AgreementRow) {
  const keep = new Set(locked(into.lockedFields))
  const newer = (from.lastListedOn ?? '') > (into.lastListedOn ?? '')
  const details = newer ? Object.fromEntries(DETAILS.filter((f) => !keep.has(f)).map((f) => [f, from[f]])) : {}
  await tx.listEntry.updateMany({ where: { agreementId: from.id }, data: { agreementId: into.id } })
  // Derived events, periods and intervals are rebuilt from the rows; recorded facts move.
  await tx.agreementEvent.deleteMany({ where: { agreementId: from.id, derived: true } })
  await tx.agreementEvent.updateMany({ where: { agreementId: from.id }, data: { agreementId: into.id } })
  await repoint(tx, 'Agreement', from.id, into.id)
  await tx.agreement.delete({ where: { id: from.id } })
  await tx.agreement.update({
    where: { id: into.id },
    data: {
      ...details, expiresOn: into.expiresOn ?? from.expiresOn, firstListedOn: minDate(into.firstListedOn, from.firstListedOn), lastListedOn: maxDate(into.lastListedOn, from.lastListedOn),
      lockedFields: JSON.stringify([...new Set([...keep, ...locked(from.lockedFields)])]), version: { increment: 1 },
    },
  })
}

/**
 * Makes two agency records one, in the caller's transaction: `from`'s agreements join `into`'s (one agreement where both
 * have the same model and signing date, else moved), with their list rows, recorded events, corrections and audit history;
 * its spellings become names of `into`; other merge candidates follow; then the lifecycle is rebuilt and the merge audited.
 */
export interface MergeMeta {
  reason: string
  source?: string | null
  /** The candidate being accepted: it stays as the record of the decision. */
  candidateId?: number
  /** False when the caller rebuilds the lifecycle itself (an import, after all its writes). */
  rebuild?: boolean
}

export async function mergeAgencies(tx: Tx, fromId: number, intoId: number, who: Actor, meta: MergeMeta): Promise<MergeResult> {
  if (fromId === intoId) return { kind: 'invalid', message: 'An agency cannot be merged into itself.' }
  const [from, into] = await Promise.all([tx.agency.findUnique({ where: { id: fromId }, select: AGENCY }), tx.agency.findUnique({ where: { id: intoId }, select: AGENCY })])
  if (!from || !into) return { kind: 'invalid', message: `Agency ${!from ? fromId : intoId} no longer exists.` }
  if (from.state !== into.state) return { kind: 'invalid', message: `${from.name} (${from.state}) and ${into.name} (${into.state}) are in different states; they are not one agency.` }

  const merged: number[] = []
  const moved: number[] = []
  const taken = new Set<number>()
  for (const fa of from.agreements) {
    const twin = into.agreements.find((ia) => !taken.has(ia.id) && ia.model === fa.model && (ia.signedOn === fa.signedOn || !ia.signedOn || !fa.signedOn))
    if (twin) {
      taken.add(twin.id)
      await mergeAgreement(tx, fa, twin)
      merged.push(fa.id)
    } else {
      await tx.agreement.update({ where: { id: fa.id }, data: { agencyId: intoId, version: { increment: 1 } } })
      moved.push(fa.id)
    }
  }
  await tx.listEntry.updateMany({ where: { agencyId: fromId }, data: { agencyId: intoId } })
  const names = [...from.names, ...(from.names.some((n) => n.name === from.name) ? [] : [{ name: from.name, firstSeenOn: null, lastSeenOn: null }])]
  for (const n of names) {
    const held = into.names.find((x) => x.name === n.name)
    const dates = { firstSeenOn: minDate(held?.firstSeenOn ?? null, n.firstSeenOn), lastSeenOn: maxDate(held?.lastSeenOn ?? null, n.lastSeenOn) }
    await tx.agencyName.upsert({ where: { agencyId_name: { agencyId: intoId, name: n.name } }, create: { agencyId: intoId, name: n.name, ...dates }, update: dates })
  }
  await repointCandidates(tx, fromId, intoId, meta.candidateId)
  await repoint(tx, 'Agency', fromId, intoId)
  await tx.agency.delete({ where: { id: fromId } })

  // The spelling ICE printed last names the agency.
  const all = [...into.names, ...names]
  const newest = all.reduce((a, b) => ((b.lastSeenOn ?? '') > (a.lastSeenOn ?? '') ? b : a), { name: into.name, firstSeenOn: null, lastSeenOn: null } as (typeof all)[number])
  const keep = new Set(locked(into.lockedFields))
  await tx.agency.update({
    where: { id: intoId },
    data: {
      name: keep.has('name') ? into.name : newest.name, countyName: into.countyName ?? from.countyName, countyFips: into.countyFips ?? from.countyFips,
      lockedFields: JSON.stringify([...new Set([...keep, ...locked(from.lockedFields)])]), version: { increment: 1 },
    },
  })
  await refreshAgencySearch(tx, [fromId, intoId])
  // Only the survivor's agreements change; the merged-away ones took their intervals, events and periods with them.
  if (meta.rebuild !== false) await rebuildLifecycle(tx, { agreementIds: await agreementsOfAgency(tx, intoId) })
  await recordAudit(tx, who, {
    action: 'merge', recordType: 'Agency', recordId: String(intoId), reason: meta.reason, sourceUrl: meta.source ?? null,
    diff: { mergedAgency: [{ id: fromId, name: from.name }, null], names: [into.names.map((n) => n.name), [...new Set([...into.names, ...names].map((n) => n.name))]], agreementsMerged: [merged, null], agreementsMoved: [moved, intoId] },
  })
  return { kind: 'ok', intoAgencyId: intoId, mergedAgreements: merged, movedAgreements: moved }
}

/** Candidates that named the merged record now name the survivor; a pair that became one record is closed. */
async function repointCandidates(tx: Tx, fromId: number, intoId: number, decidedId?: number) {
  const rows = await tx.mergeCandidate.findMany({ where: { OR: [{ fromAgencyId: fromId }, { intoAgencyId: fromId }], ...(decidedId && { id: { not: decidedId } }) }, select: { id: true, fromAgencyId: true, intoAgencyId: true } })
  for (const c of rows) {
    const next = { fromAgencyId: c.fromAgencyId === fromId ? intoId : c.fromAgencyId, intoAgencyId: c.intoAgencyId === fromId ? intoId : c.intoAgencyId }
    const clash = next.fromAgencyId === next.intoAgencyId || (await tx.mergeCandidate.count({ where: { ...next, id: { not: c.id } } })) > 0
    if (clash) await tx.mergeCandidate.delete({ where: { id: c.id } })
    else await tx.mergeCandidate.update({ where: { id: c.id }, data: next })
  }
}
