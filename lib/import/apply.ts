import { insertMany, insertManyReturningIds, sqlNow, updateMany, type SqlValue } from '../bulk.ts'
import type { Db, Tx } from '../db.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { agreementsNearCapture } from '../lifecycle/scope.ts'
import { extendContinuing, extendNewest } from '../lifecycle/extend.ts'
import { recordAudit, type Actor } from '../audit.ts'
import type { ParsedRow } from './parse-row.ts'
import type { ParsedList } from './parse-list.ts'
import { planImport, type ImportPlan, type ImportPreview } from './plan.ts'
import { NO_CONFLICTS, reviewImport, type ImportConflicts, type ImportReview } from './conflicts.ts'
import { agencyValues, agreementValues, plausibleSigning } from './keep.ts'
import { readLocks } from './locks.ts'
import { refreshAgencySearch } from '../search/index.ts'
import { searchKey } from './normalise.ts'
import { contentHash, dayOrderOf } from './content.ts'
import { applyAutoMerges, queueMergeCandidates } from './merge-candidates.ts'

const NEW_AGENCY_COLUMNS = ['name', 'nameKey', 'state', 'type', 'typeRaw', 'countyName', 'countyFips', 'countyNote', 'createdAt', 'updatedAt'] as const
const NEW_AGREEMENT_COLUMNS = ['agencyId', 'model', 'signedOn', 'signedRaw', 'moaUrl', 'moaFile', 'addendumUrl', 'flags', 'createdAt', 'updatedAt'] as const
const AGREEMENT_COLUMNS = ['model', 'signedOn', 'signedRaw', 'moaUrl', 'moaFile', 'addendumUrl', 'flags', 'updatedAt', 'listAsOf'] as const
const AGENCY_COLUMNS = ['name', 'type', 'typeRaw', 'countyName', 'countyFips', 'countyNote', 'searchText', 'updatedAt'] as const
const LIST_ENTRY_COLUMNS = [
  'sourceListId', 'versionId', 'rowNumber', 'agencyId', 'agreementId', 'model', 'stateRaw', 'agencyRaw', 'typeRaw', 'countyRaw', 'modelRaw',
  'signedRaw', 'signedOn', 'moaText', 'moaUrl', 'addendumText', 'addendumUrl', 'flags',
] as const

export interface ImportResult extends ImportPreview {
  /** Corrections the list disagrees with (kept), bad values that left good ones alone, and the county report. */
  conflicts: ImportConflicts
  applied: boolean
  sourceListId: number | null
  /** The capture's content was held already (another capture of the same version): only the presence intervals grew. */
  knownVersion: boolean
}

export interface ImportOptions {
  dryRun?: boolean
  actor: Actor
  provenance?: string
  /** Seed only: skip the lifecycle rebuild (run once at the end) and the preview of captures whose content is held. */
  bulk?: boolean
}

/** The one import path (seed, CLI, API, admin, fetcher): preview, or apply all of it in one transaction. */
export async function importList(db: Db, list: ParsedList, opts: ImportOptions): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      const dup = await tx.sourceList.findUnique({ where: { kind_asOf_sha256: { kind: list.kind, asOf: list.asOf, sha256: list.sha256 } }, select: { id: true, asOf: true, fileName: true } })
      const hash = contentHash(list)
      const version = await tx.listVersion.findUnique({ where: { kind_contentHash: { kind: list.kind, contentHash: hash } }, select: { id: true } })
      if (dup) return { ...emptyPreview(list, dup), applied: false, sourceListId: null, knownVersion: true }
      // An empty sheet (seven pending lists of November 2025) is held with its warning but answers no date.
      if (list.rows.length === 0) {
        if (opts.dryRun) return { ...emptyPreview(list, null), applied: false, sourceListId: null, knownVersion: false }
        const sourceListId = await writeCapture(tx, list, null, opts)
        await auditCapture(tx, list, sourceListId, opts, 'an empty sheet, held with a warning')
        return { ...emptyPreview(list, null), applied: true, sourceListId, knownVersion: false }
      }
      if (version && opts.bulk && !opts.dryRun) {
        const sourceListId = await writeCapture(tx, list, version.id, opts)
        await touchListed(tx, version.id, list)
        await auditCapture(tx, list, sourceListId, opts, `a new capture of version ${version.id}, whose rows are held`)
        return { ...emptyPreview(list, null), applied: true, sourceListId, knownVersion: true }
      }
      if (version && !opts.dryRun) {
        // A new capture of the content the newest capture holds: the intervals grow, nothing else changes.
        const sourceListId = await writeCapture(tx, list, version.id, opts)
        const previous = await extendNewest(tx, sourceListId)
        if (previous) {
          await auditCapture(tx, list, sourceListId, opts, `a new capture of version ${version.id}, the content of ${previous.label}`)
          const unchanged = (await tx.listVersion.findUniqueOrThrow({ where: { id: version.id }, select: { agreements: true } })).agreements
          const empty = emptyPreview(list, null)
          return { ...empty, previous, counts: { ...empty.counts, unchanged }, applied: true, sourceListId, knownVersion: true }
        }
        return finishKnownVersion(tx, list, sourceListId, opts)
      }
      const plan = await planImport(tx, list)
      const review = await reviewImport(tx, list, plan)
      const preview = { ...plan.preview, conflicts: review.conflicts }
      if (opts.dryRun) return { ...preview, applied: false, sourceListId: null, knownVersion: version !== null }
      const sourceListId = await writeList(tx, list, plan, review, hash, opts)
      const merged = await applyAutoMerges(tx, plan.merges, opts.actor)
      await queueMergeCandidates(tx, plan.reviews)
      if (opts.bulk) await touchListed(tx, await versionOf(tx, sourceListId), list)
      else {
        const continuing = await extendContinuing(tx, sourceListId, merged)
        const near = await agreementsNearCapture(tx, sourceListId)
        await rebuildLifecycle(tx, { agreementIds: [...near.filter((id) => !continuing.has(id)), ...merged] })
      }
      await auditImport(tx, list, sourceListId, plan.preview, opts)
      return { ...preview, applied: true, sourceListId, knownVersion: false }
    },
    { timeout: 600_000, maxWait: 60_000 },
  )
}

/** A capture of a held version elsewhere than after its twin: preview against its neighbours, rebuild around it. */
async function finishKnownVersion(tx: Tx, list: ParsedList, sourceListId: number, opts: ImportOptions): Promise<ImportResult> {
  const plan = await planImport(tx, list)
  await rebuildLifecycle(tx, { agreementIds: await agreementsNearCapture(tx, sourceListId) })
  await auditImport(tx, list, sourceListId, plan.preview, opts)
  // Its rows are held already, so no field is written; the review still names what the list disagrees with.
  return { ...plan.preview, conflicts: (await reviewImport(tx, list, plan)).conflicts, duplicateOf: null, applied: true, sourceListId, knownVersion: true }
}

async function auditImport(tx: Tx, list: ParsedList, sourceListId: number, preview: ImportPreview, opts: ImportOptions) {
  await recordAudit(tx, opts.actor, {
    action: 'import', recordType: 'SourceList', recordId: String(sourceListId),
    reason: opts.actor.reason ?? `Imported ${list.fileName} (${list.kind}, as of ${list.asOf})`,
    diff: { rows: [null, list.rows.length], ...Object.fromEntries(Object.entries(preview.counts).map(([k, v]) => [k, [null, v]])) },
  })
}

async function auditCapture(tx: Tx, list: ParsedList, sourceListId: number, opts: ImportOptions, what: string) {
  await recordAudit(tx, opts.actor, {
    action: 'import', recordType: 'SourceList', recordId: String(sourceListId),
    reason: opts.actor.reason ?? `Imported ${list.fileName} (${list.kind}, as of ${list.asOf}): ${what}`, diff: { rows: [null, list.rows.length] },
  })
}

async function versionOf(tx: Tx, sourceListId: number): Promise<number> {
  return (await tx.sourceList.findUniqueOrThrow({ where: { id: sourceListId }, select: { versionId: true } })).versionId!
}

/** In bulk loads the lifecycle is rebuilt once at the end; matching still needs each agreement's latest listing date. */
async function touchListed(tx: Tx, versionId: number, list: ParsedList) {
  if (list.kind === 'pending') return
  await tx.$executeRawUnsafe(
    `UPDATE "Agreement" SET "lastListedOn" = ?, "firstListedOn" = coalesce("firstListedOn", ?)
     WHERE id IN (SELECT "agreementId" FROM "ListEntry" WHERE "versionId" = ? AND "agreementId" IS NOT NULL) AND ("lastListedOn" IS NULL OR "lastListedOn" < ?)`,
    list.asOf, list.asOf, versionId, list.asOf,
  )
}

async function writeCapture(tx: Tx, list: ParsedList, versionId: number | null, opts: ImportOptions): Promise<number> {
  const source = await tx.sourceList.create({
    data: {
      kind: list.kind, asOf: list.asOf, dayOrder: dayOrderOf(list.fileName), fileName: list.fileName, sha256: list.sha256, rowCount: list.rows.length,
      versionId, warnings: JSON.stringify(list.warnings ?? []), caption: list.caption, sourceUrl: list.sourceUrl, capturedOn: list.capturedOn,
      file: { create: { content: Buffer.from(list.bytes) } }, provenance: opts.provenance ?? null, importedBy: opts.actor.actor,
    },
    select: { id: true },
  })
  return source.id
}

function emptyPreview(list: ParsedList, dup: { id: number; asOf: string; fileName: string } | null): ImportPreview & { conflicts: ImportConflicts } {
  const byModel = { task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 }
  for (const r of list.rows) byModel[r.model] += 1
  const zero = { added: 0, relisted: 0, removed: 0, unchanged: 0, flagged: 0, modelSwitches: 0, renamed: 0, suspectedRenames: 0, dateChanges: 0, newAgencies: 0 }
  return {
    kind: list.kind, asOf: list.asOf, fileName: list.fileName, sha256: list.sha256, rows: list.rows.length, byModel, duplicateOf: dup, previous: null, counts: zero, conflicts: NO_CONFLICTS,
    examples: { added: [], relisted: [], removed: [], modelSwitches: [], renamed: [], suspectedRenames: [], dateChanges: [], flagged: [] },
  }
}

async function writeList(tx: Tx, list: ParsedList, plan: ImportPlan, review: ImportReview, hash: string, opts: ImportOptions): Promise<number> {
  const byModel = { task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 }
  for (const r of list.rows) byModel[r.model] += 1
  const version = await tx.listVersion.create({
    data: { kind: list.kind, contentHash: hash, rowCount: list.rows.length, byModel: JSON.stringify(byModel), agreements: 0 },
    select: { id: true },
  })
  const source = { id: await writeCapture(tx, list, version.id, opts) }
  const agencyIds = [...plan.agencyIds]
  const fresh = new Map<string, number>()
  list.rows.forEach((row, i) => {
    if (agencyIds[i] === undefined && !fresh.has(`${row.state}|${row.nameKey}`)) fresh.set(`${row.state}|${row.nameKey}`, i)
  })
  const now = sqlNow()
  if (fresh.size) {
    const rows = [...fresh.values()].map((i) => list.rows[i]!)
    const ids = await insertManyReturningIds(tx, 'Agency', NEW_AGENCY_COLUMNS, [...fresh.values()].map((i) => {
      const r = list.rows[i]!
      const county = review.counties[i]!
      return {
        name: r.agencyName, nameKey: r.nameKey, state: r.state, type: r.type, typeRaw: r.typeRaw, countyName: r.county, countyFips: county.fips,
        countyNote: county.fips === null ? county.note : null, createdAt: now, updatedAt: now,
      }
    }))
    const idByKey = new Map(rows.map((r, k) => [`${r.state}|${r.nameKey}`, ids[k]!]))
    list.rows.forEach((row, i) => { agencyIds[i] ??= idByKey.get(`${row.state}|${row.nameKey}`) })
  }
  await refreshAgencies(tx, list, agencyIds, review, now)
  if (!opts.bulk) await refreshAgencySearch(tx, [...new Set(agencyIds.filter((x): x is number => x !== undefined))])

  const agreementIds: number[] = []
  const newIdx = plan.matches.flatMap((m, i) => (m.kind === 'new' ? [i] : []))
  const created = await insertManyReturningIds(tx, 'Agreement', NEW_AGREEMENT_COLUMNS, newIdx.map((i) => {
    const r = list.rows[i]!
    return { agencyId: agencyIds[i]!, model: r.model, signedOn: plausibleSigning(r, list.asOf), signedRaw: r.signedRaw, moaUrl: r.moaUrl, moaFile: r.moaFile, addendumUrl: r.addendumUrl, flags: JSON.stringify(r.flags), createdAt: now, updatedAt: now }
  }))
  newIdx.forEach((rowIdx, k) => { agreementIds[rowIdx] = created[k]! })
  // The newest list's details win (an older list imported late does not overwrite them), except what an editor
  // locked and the good values its unreadable or implausible dates would erase. One row per agreement, the last.
  const updates = new Map<number, Record<(typeof AGREEMENT_COLUMNS)[number] | 'id', SqlValue>>()
  for (const [i, m] of plan.matches.entries()) {
    if (m.kind !== 'existing') continue
    agreementIds[i] = m.agreementId
    if (list.kind === 'pending') continue
    const r = list.rows[i]!
    // Not held: unlocked, and the row's signing date is plausible, so the row's values stand.
    const held = review.agreements.get(m.agreementId)
    const next = held ? agreementValues(held, r, list.asOf) : { signedOn: r.signedOn, signedRaw: r.signedRaw, moaUrl: r.moaUrl, moaFile: r.moaFile }
    updates.set(m.agreementId, {
      id: m.agreementId, model: r.model, signedOn: next.signedOn, signedRaw: next.signedRaw, moaUrl: next.moaUrl, moaFile: next.moaFile,
      addendumUrl: r.addendumUrl, flags: JSON.stringify(r.flags), updatedAt: now, listAsOf: list.asOf,
    })
  }
  await updateMany(
    tx, 'Agreement', AGREEMENT_COLUMNS, [...updates.values()],
    `${AGREEMENT_COLUMNS.filter((c) => c !== 'listAsOf').map((c) => `"${c}" = v."${c}"`).join(', ')}, "version" = "Agreement"."version" + 1`,
    `"Agreement"."lastListedOn" IS NULL OR "Agreement"."lastListedOn" <= v."listAsOf"`,
  )
  await tx.listVersion.update({ where: { id: version.id }, data: { agreements: new Set(agreementIds.filter((x) => x !== undefined)).size } })
  await insertMany(tx, 'ListEntry', LIST_ENTRY_COLUMNS, list.rows.map((r, i) => ({
    sourceListId: source.id, versionId: version.id, rowNumber: r.rowNumber, agencyId: agencyIds[i]!, agreementId: agreementIds[i]!, model: r.model,
    stateRaw: r.stateRaw, agencyRaw: r.agencyRaw, typeRaw: r.typeRaw, countyRaw: r.countyRaw, modelRaw: r.modelRaw,
    signedRaw: r.signedRaw, signedOn: r.signedOn, moaText: r.moaText, moaUrl: r.moaUrl, addendumText: r.addendumText, addendumUrl: r.addendumUrl,
    flags: JSON.stringify(r.flags),
  })))
  return source.id
}

/** Names seen, and the latest spelling, type and county, from the newest list that shows the agency (fields an editor locked excepted). */
async function refreshAgencies(tx: Tx, list: ParsedList, agencyIds: (number | undefined)[], review: ImportReview, updatedAt: string) {
  const seen = new Map<number, number>()
  list.rows.forEach((_, i) => seen.set(agencyIds[i]!, i))
  await insertMany(
    tx, 'AgencyName', ['agencyId', 'name', 'firstSeenOn', 'lastSeenOn'],
    [...seen].map(([agencyId, i]) => ({ agencyId, name: list.rows[i]!.agencyName, firstSeenOn: list.asOf, lastSeenOn: list.asOf })),
    `ON CONFLICT ("agencyId", "name") DO UPDATE SET
       "firstSeenOn" = min(coalesce("firstSeenOn", excluded."firstSeenOn"), excluded."firstSeenOn"),
       "lastSeenOn" = max(coalesce("lastSeenOn", excluded."lastSeenOn"), excluded."lastSeenOn")`,
  )
  const agencies = await tx.agency.findMany({
    where: { id: { in: [...seen.keys()] } },
    select: { id: true, name: true, type: true, typeRaw: true, countyName: true, countyFips: true, countyNote: true, lockedFields: true, names: { select: { name: true, lastSeenOn: true } } },
  })
  const rows = agencies.map(({ names, lockedFields, countyNote, ...a }) => {
    const i = seen.get(a.id)!
    const newest = names.every((n) => !n.lastSeenOn || n.lastSeenOn <= list.asOf)
    const next = newest
      ? (({ lockedOut: _, ...v }) => v)(agencyValues({ ...a, locked: readLocks(lockedFields) }, list.rows[i]!, review.counties[i]!))
      : { ...a, countyNote }
    const searchText = searchKey([...new Set([next.name, ...names.map((n) => n.name)])].join(' ') + ' ' + (next.countyName ?? ''))
    return { id: a.id, ...next, searchText, updatedAt }
  })
  await updateMany(tx, 'Agency', AGENCY_COLUMNS, rows, AGENCY_COLUMNS.map((c) => `"${c}" = v."${c}"`).join(', '))
}
