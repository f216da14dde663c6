import { recordAudit, type Actor } from '../audit.ts'
import type { Db, Tx } from '../db.ts'
import { AGENCY_LOCKABLE, EDITOR_BLANK_COUNTY, lockChanged } from '../import/locks.ts'
import { nameKey, searchKey } from '../import/normalise.ts'
import type { EditResult } from './agreements.ts'
import type { AgencyCreate, AgencyEdit } from './schema.ts'
import { versionedEdit } from './versioned.ts'

/** An agency in the same state whose name, or one of whose earlier names, has the same key. */
export async function findAgencyMatch(tx: Pick<Tx, 'agency'>, state: string, name: string, exceptId?: number) {
  const key = nameKey(name)
  const candidates = await tx.agency.findMany({ where: { state, ...(exceptId && { id: { not: exceptId } }) }, select: { id: true, name: true, nameKey: true, names: { select: { name: true } } } })
  return candidates.find((a) => a.nameKey === key || a.names.some((n) => nameKey(n.name) === key)) ?? null
}

async function countyError(tx: Tx, fips: string | null | undefined): Promise<Record<string, string>> {
  if (!fips) return {}
  const county = await tx.county.findUnique({ where: { fips }, select: { id: true } })
  return county ? {} : { countyFips: `There is no county with FIPS code ${fips}.` }
}

async function refreshSearchText(tx: Tx, id: number) {
  const a = await tx.agency.findUniqueOrThrow({ where: { id }, select: { name: true, countyName: true, names: { select: { name: true } } } })
  await tx.agency.update({ where: { id }, data: { searchText: searchKey([...new Set([a.name, ...a.names.map((n) => n.name)])].join(' ') + ' ' + (a.countyName ?? '')) } })
}

export type CreateAgencyResult = { kind: 'ok'; id: number } | { kind: 'match'; match: { id: number; name: string } } | { kind: 'invalid'; errors: Record<string, string> }

export async function createAgency(db: Db, input: AgencyCreate, who: Actor): Promise<CreateAgencyResult> {
  return db.$transaction(async (tx) => {
    const match = await findAgencyMatch(tx, input.state, input.name)
    if (match) return { kind: 'match', match: { id: match.id, name: match.name } }
    const errors = await countyError(tx, input.countyFips)
    if (Object.keys(errors).length) return { kind: 'invalid', errors }
    const fields = { name: input.name, state: input.state, type: input.type, countyName: input.countyName ?? null, countyFips: input.countyFips ?? null }
    const a = await tx.agency.create({ data: { ...fields, countyNote: fields.countyFips ? null : EDITOR_BLANK_COUNTY, nameKey: nameKey(input.name), names: { create: { name: input.name } } }, select: { id: true } })
    await refreshSearchText(tx, a.id)
    await recordAudit(tx, who, { action: 'create', recordType: 'Agency', recordId: String(a.id), reason: input.reason, sourceUrl: input.source, diff: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [null, v]])) })
    return { kind: 'ok', id: a.id }
  })
}

/** Keeps a spelling as an alias of an existing agency instead of creating a duplicate. */
export async function addAgencyAlias(db: Db, id: number, name: string, meta: { reason: string; source: string }, who: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const a = await tx.agency.findUnique({ where: { id }, select: { id: true, names: { select: { name: true } } } })
    if (!a) return false
    if (!a.names.some((n) => n.name === name)) await tx.agencyName.create({ data: { agencyId: id, name } })
    await refreshSearchText(tx, id)
    await recordAudit(tx, who, { action: 'merge', recordType: 'Agency', recordId: String(id), reason: meta.reason, sourceUrl: meta.source, diff: { alias: [null, name] } })
    return true
  })
}

export async function updateAgency(db: Db, id: number, input: AgencyEdit, who: Actor, alsoInTx?: (tx: Tx) => Promise<void>): Promise<EditResult> {
  const next = { name: input.name, state: input.state, type: input.type, countyName: input.countyName ?? null, countyFips: input.countyFips ?? null }
  return versionedEdit(db, who, {
    recordType: 'Agency', id, version: input.version, reason: input.reason, source: input.source, next,
    read: (tx) => tx.agency.findUnique({ where: { id }, select: { name: true, state: true, type: true, countyName: true, countyFips: true, version: true } }),
    check: async (tx) => {
      const clash = await findAgencyMatch(tx, next.state, next.name, id)
      if (clash) return { name: `“${clash.name}” (agency ${clash.id}) in ${next.state} already has this name; edit that agency or keep this name.` }
      return countyError(tx, next.countyFips)
    },
    write: async (tx, data) => (await tx.agency.updateMany({ where: { id, version: input.version }, data: { ...data, nameKey: nameKey(data.name), version: { increment: 1 } } })).count,
    after: async (tx, diff) => {
      // A corrected field wins over later imports until an editor clears the lock (lib/import/keep.ts).
      const { lockedFields: was } = await tx.agency.findUniqueOrThrow({ where: { id }, select: { lockedFields: true } })
      const lockedFields = lockChanged(was, Object.keys(diff), AGENCY_LOCKABLE)
      if (lockedFields !== was) diff.lockedFields = [JSON.parse(was), JSON.parse(lockedFields)]
      await tx.agency.update({ where: { id }, data: { lockedFields, ...('countyFips' in diff && { countyNote: next.countyFips ? null : EDITOR_BLANK_COUNTY }) } })
      if ('name' in diff) await tx.agencyName.upsert({ where: { agencyId_name: { agencyId: id, name: next.name } }, create: { agencyId: id, name: next.name }, update: {} })
      await refreshSearchText(tx, id)
    },
    // StatusPeriod.state is denormalised from the agency.
    lifecycle: (diff) => 'state' in diff,
  }, alsoInTx)
}

export async function deleteAgency(db: Db, id: number, meta: { version: number; reason: string; source: string }, who: Actor): Promise<EditResult> {
  return db.$transaction(async (tx) => {
    const a = await tx.agency.findUnique({ where: { id }, select: { name: true, state: true, type: true, version: true, _count: { select: { agreements: true, entries: true } } } })
    if (!a) return { kind: 'not_found' }
    if (a.version !== meta.version) return { kind: 'conflict', current: a.version, changes: [] }
    if (a._count.agreements || a._count.entries)
      return { kind: 'invalid', errors: {}, message: `${a.name} has ${a._count.agreements} agreement(s) and ${a._count.entries} row(s) in ICE lists; it cannot be deleted. Correct it instead.` }
    await tx.agency.delete({ where: { id } })
    await recordAudit(tx, who, { action: 'delete', recordType: 'Agency', recordId: String(id), reason: meta.reason, sourceUrl: meta.source, diff: { name: [a.name, null], state: [a.state, null], type: [a.type, null] } })
    return { kind: 'ok', version: a.version, diff: {} }
  })
}
