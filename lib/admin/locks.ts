import { recordAudit, type Actor, type Diff } from '../audit.ts'
import type { Db, Tx } from '../db.ts'
import { plausibleSigning } from '../import/keep.ts'
import { AGENCY_LOCKABLE, AGREEMENT_LOCKABLE, LOCK_LABELS, readLocks, unlock } from '../import/locks.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import type { EditResult } from './agreements.ts'
import { changesSince } from './history.ts'
import type { ClearLock } from './schema.ts'

/** ICE's value of an agreement field in the newest list that shows the agreement (a null signing date when that list's is unreadable or implausible). */
async function listedAgreementValue(tx: Tx, id: number, field: string): Promise<{ value: string | null; list: string } | null> {
  const e = await tx.listEntry.findFirst({
    where: { agreementId: id, sourceList: { kind: { not: 'pending' } } },
    orderBy: [{ sourceList: { asOf: 'desc' } }, { sourceList: { dayOrder: 'desc' } }],
    select: { signedOn: true, signedRaw: true, moaUrl: true, flags: true, sourceList: { select: { asOf: true, fileName: true } } },
  })
  if (!e) return null
  const value = field === 'signedOn' ? plausibleSigning(e, e.sourceList.asOf) : e.moaUrl
  return { value, list: `${e.sourceList.fileName} (as of ${e.sourceList.asOf})` }
}

/**
 * Clears an editor's correction of one field: imports write it again. An agreement field goes back at once to the
 * newest ICE list that shows the agreement (an unreadable date there keeps the corrected one); an agency field takes
 * ICE's value at the next import. Versioned and audited like any edit.
 */
export async function clearCorrection(db: Db, input: ClearLock, who: Actor): Promise<EditResult> {
  return db.$transaction(
    async (tx) => {
      const { recordType, id, field, version, reason } = input
      const lockable: readonly string[] = recordType === 'Agreement' ? AGREEMENT_LOCKABLE : AGENCY_LOCKABLE
      if (!lockable.includes(field)) return { kind: 'invalid', errors: { field: `The ${recordType.toLowerCase()}'s ${field} is not written by imports.` }, message: 'Nothing to clear.' }
      const row = recordType === 'Agreement'
        ? await tx.agreement.findUnique({ where: { id }, select: { version: true, lockedFields: true, signedOn: true, moaUrl: true } })
        : await tx.agency.findUnique({ where: { id }, select: { version: true, lockedFields: true } }).then((a) => a && { ...a, signedOn: null, moaUrl: null })
      if (!row) return { kind: 'not_found' }
      if (row.version !== version) return { kind: 'conflict', current: row.version, changes: await changesSince(tx, recordType, String(id), version) }
      const label = LOCK_LABELS[field as keyof typeof LOCK_LABELS]
      if (!readLocks(row.lockedFields).includes(field)) return { kind: 'invalid', errors: { field: `The ${label} is not a correction; imports already write it.` }, message: 'Nothing to clear.' }
      const lockedFields = unlock(row.lockedFields, field)
      const diff: Diff = { lockedFields: [JSON.parse(row.lockedFields), JSON.parse(lockedFields)] }
      const data: Record<string, string | null> = { lockedFields }
      let note = ''
      if (recordType === 'Agreement') {
        const listed = await listedAgreementValue(tx, id, field)
        const held = field === 'signedOn' ? row.signedOn : row.moaUrl
        if (listed && (field !== 'signedOn' || listed.value !== null) && listed.value !== held) {
          data[field] = listed.value
          diff[field] = [held, listed.value]
          note = ` (back to ${listed.list})`
        }
      }
      const where = { id, version }
      const n = recordType === 'Agreement'
        ? (await tx.agreement.updateMany({ where, data: { ...data, version: { increment: 1 } } })).count
        : (await tx.agency.updateMany({ where, data: { ...data, version: { increment: 1 } } })).count
      if (n === 0) return { kind: 'conflict', current: version + 1, changes: await changesSince(tx, recordType, String(id), version) }
      diff.version = [version, version + 1]
      if ('signedOn' in diff) await rebuildLifecycle(tx, { agreementIds: [id] })
      await recordAudit(tx, who, { action: 'update', recordType, recordId: String(id), reason: `${reason} (cleared the correction of the ${label}${note})`, diff })
      return { kind: 'ok', version: version + 1, diff }
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
