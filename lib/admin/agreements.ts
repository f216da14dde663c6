import { diffFields, recordAudit, type Actor, type Diff } from '../audit.ts'
import type { Db, Tx } from '../db.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { AGREEMENT_LOCKABLE, lockChanged } from '../import/locks.ts'
import { sourceParts } from './fields.ts'
import { changesSince, type AuditEntry } from './history.ts'
import { agreementDateErrors, type AgreementEdit } from './schema.ts'

/** Omitted keys stay as they are (PATCH); the form sends every field. */
export type AgreementPatch = Partial<Pick<AgreementEdit, 'signedOn' | 'expiresOn' | 'moaUrl' | 'status' | 'statusOn'>> & Pick<AgreementEdit, 'version' | 'reason' | 'source'>

export type EditResult =
  | { kind: 'ok'; version: number; diff: Diff }
  | { kind: 'not_found' }
  | { kind: 'conflict'; current: number; changes: AuditEntry[] }
  | { kind: 'invalid'; errors: Record<string, string>; message: string }

const SELECT = { id: true, version: true, signedOn: true, expiresOn: true, moaUrl: true, lockedFields: true } as const
export const LIFECYCLE_FIELDS = ['signedOn', 'expiresOn', 'event'] as const

export async function createCitation(tx: Tx, source: string, note: string): Promise<number> {
  const { url, title } = sourceParts(source)
  const c = await tx.citation.create({ data: { kind: 'document', url, title: title ?? url, note }, select: { id: true } })
  return c.id
}

/** The one agreement edit (form, API, accepted correction): versioned, validated, lifecycle rebuilt, audited. */
export async function updateAgreement(db: Db, id: number, patch: AgreementPatch, who: Actor, alsoInTx?: (tx: Tx) => Promise<void>): Promise<EditResult> {
  return db.$transaction(
    async (tx) => {
      const before = await tx.agreement.findUnique({ where: { id }, select: SELECT })
      if (!before) return { kind: 'not_found' }
      if (before.version !== patch.version) return { kind: 'conflict', current: before.version, changes: await changesSince(tx, 'Agreement', String(id), patch.version) }
      const next = {
        signedOn: patch.signedOn === undefined ? before.signedOn : patch.signedOn,
        expiresOn: patch.expiresOn === undefined ? before.expiresOn : patch.expiresOn,
        moaUrl: patch.moaUrl === undefined ? before.moaUrl : patch.moaUrl,
      }
      const errors = agreementDateErrors({ ...next, status: patch.status, statusOn: patch.statusOn })
      if (Object.keys(errors).length) return { kind: 'invalid', errors, message: Object.values(errors).join(' ') }
      const diff: Diff = diffFields(before, next)
      if (patch.status && patch.statusOn) {
        const existing = await tx.agreementEvent.findFirst({ where: { agreementId: id, derived: false, kind: patch.status, onDate: patch.statusOn }, select: { id: true } })
        if (!existing) {
          const citationId = await createCitation(tx, patch.source, patch.reason)
          const ev = await tx.agreementEvent.create({ data: { agreementId: id, kind: patch.status, onDate: patch.statusOn, reason: patch.reason, citationId }, select: { id: true } })
          diff.event = [null, { id: ev.id, kind: patch.status, onDate: patch.statusOn }]
        }
      }
      if (Object.keys(diff).length === 0) return { kind: 'invalid', errors: {}, message: 'Nothing to save: the values are the same as the current ones.' }
      const expiresCitationId = 'expiresOn' in diff && next.expiresOn ? await createCitation(tx, patch.source, patch.reason) : undefined
      // A corrected field wins over later imports until an editor clears the lock (lib/import/keep.ts).
      const lockedFields = lockChanged(before.lockedFields, Object.keys(diff), AGREEMENT_LOCKABLE)
      if (lockedFields !== before.lockedFields) diff.lockedFields = [JSON.parse(before.lockedFields), JSON.parse(lockedFields)]
      const res = await tx.agreement.updateMany({
        where: { id, version: patch.version },
        data: { ...next, lockedFields, ...(expiresCitationId !== undefined && { expiresCitationId }), ...('expiresOn' in diff && !next.expiresOn && { expiresCitationId: null }), version: { increment: 1 } },
      })
      if (res.count === 0) return { kind: 'conflict', current: patch.version + 1, changes: await changesSince(tx, 'Agreement', String(id), patch.version) }
      diff.version = [patch.version, patch.version + 1]
      if (LIFECYCLE_FIELDS.some((f) => f in diff)) await rebuildLifecycle(tx, { agreementIds: [id] })
      await alsoInTx?.(tx)
      await recordAudit(tx, who, { action: 'update', recordType: 'Agreement', recordId: String(id), reason: patch.reason, sourceUrl: patch.source, diff })
      return { kind: 'ok', version: patch.version + 1, diff }
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
