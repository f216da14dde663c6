import { recordAudit, type Actor, type Diff } from '../audit.ts'
import type { Db, Tx } from '../db.ts'
import { nameKey } from '../import/normalise.ts'
import { readLocks } from '../import/locks.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { agreementsOfAgency } from '../lifecycle/scope.ts'

const FIELDS: Record<string, readonly string[]> = {
  Agreement: ['signedOn', 'expiresOn', 'moaUrl', 'event'],
  Agency: ['name', 'state', 'type', 'countyName', 'countyFips'],
  PolicyEvent: ['slug', 'date', 'datePrecision', 'kind', 'title', 'summary', 'sourceUrl', 'sourceName'],
  County: ['scPrecision', 'scActivatedOn', 'scActivationMonth', 'scEffectiveOn', 'scNotes'],
}

function revertLocks(current: string[], [before, after]: [string[], string[]]): string[] {
  const added = after.filter((f) => !before.includes(f))
  const cleared = before.filter((f) => !after.includes(f))
  return [...new Set([...current.filter((f) => !added.includes(f)), ...cleared])].sort()
}

export type RevertResult = { kind: 'ok'; recordType: string; recordId: string } | { kind: 'refused'; message: string }

type Row = Record<string, unknown> & { version: number }

async function readRow(tx: Tx, type: string, id: number): Promise<Row | null> {
  switch (type) {
    case 'Agreement': return tx.agreement.findUnique({ where: { id }, select: { signedOn: true, expiresOn: true, moaUrl: true, lockedFields: true, version: true } })
    case 'Agency': return tx.agency.findUnique({ where: { id }, select: { name: true, state: true, type: true, countyName: true, countyFips: true, lockedFields: true, version: true } })
    case 'PolicyEvent': return tx.policyEvent.findUnique({ where: { id }, select: { slug: true, date: true, datePrecision: true, kind: true, title: true, summary: true, sourceUrl: true, sourceName: true, version: true } })
    case 'County': return tx.county.findUnique({ where: { id }, select: { scPrecision: true, scActivatedOn: true, scActivationMonth: true, scEffectiveOn: true, scNotes: true, version: true } })
    default: return null
  }
}

async function writeRow(tx: Tx, type: string, id: number, version: number, data: Record<string, unknown>): Promise<number> {
  const where = { id, version }
  const inc = { version: { increment: 1 } }
  switch (type) {
    case 'Agreement': return (await tx.agreement.updateMany({ where, data: { ...data, ...inc } })).count
    case 'Agency': return (await tx.agency.updateMany({ where, data: { ...data, ...(typeof data.name === 'string' && { nameKey: nameKey(data.name) }), ...inc } })).count
    case 'PolicyEvent': return (await tx.policyEvent.updateMany({ where, data: { ...data, ...inc } })).count
    case 'County': return (await tx.county.updateMany({ where, data: { ...data, ...inc } })).count
    default: return 0
  }
}

/** Undoes one audited update if the fields still hold what it wrote; the revert is audited in turn. */
export async function revertChange(db: Db, auditId: number, reason: string, who: Actor): Promise<RevertResult> {
  return db.$transaction(
    async (tx) => {
      const entry = await tx.auditLog.findUnique({ where: { id: auditId }, select: { id: true, action: true, recordType: true, recordId: true, reason: true, diff: true } })
      if (!entry) return { kind: 'refused', message: `There is no change #${auditId}.` }
      const fields = FIELDS[entry.recordType]
      if (!fields || !['update', 'revert'].includes(entry.action)) return { kind: 'refused', message: `Change #${auditId} (${entry.action} of ${entry.recordType}) cannot be reverted here; edit the record instead.` }
      const id = Number(entry.recordId)
      const row = await readRow(tx, entry.recordType, id)
      if (!row) return { kind: 'refused', message: `${entry.recordType} ${entry.recordId} no longer exists.` }
      const diff = JSON.parse(entry.diff) as Diff
      const back: Record<string, unknown> = {}
      const out: Diff = {}
      for (const [field, [before, after]] of Object.entries(diff)) {
        if (!fields.includes(field)) continue
        if (field === 'event') {
          const ev = (after ?? before) as { id?: number } | null
          if (after && ev?.id) {
            const n = await tx.agreementEvent.deleteMany({ where: { id: ev.id, derived: false } })
            if (n.count) out.event = [after, null]
          }
          continue
        }
        if (JSON.stringify(row[field] ?? null) !== JSON.stringify(after ?? null))
          return { kind: 'refused', message: `${field} has changed again since change #${auditId} (it is now ${String(row[field] ?? '(empty)')}); edit the record instead of reverting.` }
        back[field] = before ?? null
        out[field] = [after ?? null, before ?? null]
      }
      // The correction locks the change added (or cleared) go with it.
      if (diff.lockedFields && typeof row.lockedFields === 'string') {
        const locks = revertLocks(readLocks(row.lockedFields), diff.lockedFields as [string[], string[]])
        if (JSON.stringify(locks) !== JSON.stringify(readLocks(row.lockedFields))) {
          back.lockedFields = JSON.stringify(locks)
          out.lockedFields = [readLocks(row.lockedFields), locks]
        }
      }
      if (Object.keys(out).length === 0) return { kind: 'refused', message: `Change #${auditId} has nothing left to revert.` }
      if (Object.keys(back).length && (await writeRow(tx, entry.recordType, id, row.version, back)) === 0) return { kind: 'refused', message: 'The record changed while reverting; try again.' }
      if (!Object.keys(back).length) await writeRow(tx, entry.recordType, id, row.version, {})
      out.version = [row.version, row.version + 1]
      if (entry.recordType === 'Agreement' || 'state' in out) await rebuildLifecycle(tx, { agreementIds: entry.recordType === 'Agreement' ? [id] : await agreementsOfAgency(tx, id) })
      await recordAudit(tx, who, { action: 'revert', recordType: entry.recordType, recordId: entry.recordId, reason: `${reason} (reverts change #${auditId}: “${entry.reason}”)`, diff: out })
      return { kind: 'ok', recordType: entry.recordType, recordId: entry.recordId }
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
}
