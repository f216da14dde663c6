import { diffFields, recordAudit, type Actor, type Diff } from '../audit.ts'
import type { Db, Tx } from '../db.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { agreementsOfAgency } from '../lifecycle/scope.ts'
import type { EditResult } from './agreements.ts'
import { changesSince, type RecordType } from './history.ts'

interface VersionedEdit<T extends Record<string, unknown>> {
  recordType: RecordType
  id: number
  version: number
  reason: string
  source: string
  read: (tx: Tx) => Promise<({ version: number } & Record<string, unknown>) | null>
  next: T
  /** Extra checks against the database (uniqueness, references); field → message. */
  check?: (tx: Tx) => Promise<Record<string, string>>
  /** Conditional write: must only succeed while the row is still at `version`; returns the row count. */
  write: (tx: Tx, data: T) => Promise<number>
  lifecycle?: (diff: Diff) => boolean
  after?: (tx: Tx, diff: Diff) => Promise<void>
}

/** Optimistic-locking edit shared by agencies, policy events and counties (agreements have their own). */
export async function versionedEdit<T extends Record<string, unknown>>(db: Db, who: Actor, e: VersionedEdit<T>, alsoInTx?: (tx: Tx) => Promise<void>): Promise<EditResult> {
  return db.$transaction(
    async (tx) => {
      const current = await e.read(tx)
      if (!current) return { kind: 'not_found' }
      const { version, ...before } = current
      if (version !== e.version) return { kind: 'conflict', current: version, changes: await changesSince(tx, e.recordType, String(e.id), e.version) }
      const diff = diffFields(before, e.next)
      if (Object.keys(diff).length === 0) return { kind: 'invalid', errors: {}, message: 'Nothing to save: the values are the same as the current ones.' }
      const errors = e.check ? await e.check(tx) : {}
      if (Object.keys(errors).length) return { kind: 'invalid', errors, message: Object.values(errors).join(' ') }
      if ((await e.write(tx, e.next)) === 0) return { kind: 'conflict', current: e.version + 1, changes: await changesSince(tx, e.recordType, String(e.id), e.version) }
      await e.after?.(tx, diff)
      if (e.lifecycle?.(diff)) await rebuildLifecycle(tx, { agreementIds: e.recordType === 'Agency' ? await agreementsOfAgency(tx, e.id) : [e.id] })
      diff.version = [e.version, e.version + 1]
      await alsoInTx?.(tx)
      await recordAudit(tx, who, { action: 'update', recordType: e.recordType, recordId: String(e.id), reason: e.reason, sourceUrl: e.source, diff })
      return { kind: 'ok', version: e.version + 1, diff }
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
