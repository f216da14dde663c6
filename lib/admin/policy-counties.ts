import { recordAudit, type Actor } from '../audit.ts'
import { monthEnd } from '../dates.ts'
import type { Db } from '../db.ts'
import type { z } from 'zod'
import type { EditResult } from './agreements.ts'
import { sourceParts } from './fields.ts'
import type { CountyActivation, PolicyEventCreateSchema, PolicyEventEditSchema } from './schema.ts'
import { versionedEdit } from './versioned.ts'

type PolicyCreate = z.infer<typeof PolicyEventCreateSchema>
type PolicyEdit = z.infer<typeof PolicyEventEditSchema>

const policyFields = (i: PolicyCreate) => ({ slug: i.slug, date: i.date, datePrecision: i.datePrecision, kind: i.kind, title: i.title, summary: i.summary, sourceUrl: i.sourceUrl ?? null, sourceName: i.sourceName ?? null })

export async function createPolicyEvent(db: Db, input: PolicyCreate, who: Actor): Promise<{ kind: 'ok'; id: number } | { kind: 'invalid'; errors: Record<string, string> }> {
  return db.$transaction(async (tx) => {
    if (await tx.policyEvent.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { kind: 'invalid', errors: { slug: `The slug ${input.slug} is already used by another event.` } }
    const data = policyFields(input)
    const e = await tx.policyEvent.create({ data, select: { id: true } })
    await recordAudit(tx, who, { action: 'create', recordType: 'PolicyEvent', recordId: String(e.id), reason: input.reason, sourceUrl: input.source, diff: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, [null, v]])) })
    return { kind: 'ok', id: e.id }
  })
}

export async function updatePolicyEvent(db: Db, id: number, input: PolicyEdit, who: Actor): Promise<EditResult> {
  return versionedEdit(db, who, {
    recordType: 'PolicyEvent', id, version: input.version, reason: input.reason, source: input.source, next: policyFields(input),
    read: (tx) => tx.policyEvent.findUnique({ where: { id }, select: { slug: true, date: true, datePrecision: true, kind: true, title: true, summary: true, sourceUrl: true, sourceName: true, version: true } }),
    check: async (tx): Promise<Record<string, string>> => {
      const other = await tx.policyEvent.findUnique({ where: { slug: input.slug }, select: { id: true } })
      return other && other.id !== id ? { slug: `The slug ${input.slug} is already used by another event.` } : {}
    },
    write: async (tx, data) => (await tx.policyEvent.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } })).count,
  })
}

export async function deletePolicyEvent(db: Db, id: number, meta: { version: number; reason: string; source: string }, who: Actor): Promise<EditResult> {
  return db.$transaction(async (tx) => {
    const e = await tx.policyEvent.findUnique({ where: { id }, select: { slug: true, title: true, date: true, version: true, _count: { select: { criteria: true } } } })
    if (!e) return { kind: 'not_found' }
    if (e.version !== meta.version) return { kind: 'conflict', current: e.version, changes: [] }
    if (e._count.criteria) return { kind: 'invalid', errors: {}, message: `“${e.title}” is the source of a criteria checklist; it cannot be deleted.` }
    await tx.policyEvent.delete({ where: { id } })
    await recordAudit(tx, who, { action: 'delete', recordType: 'PolicyEvent', recordId: String(id), reason: meta.reason, sourceUrl: meta.source, diff: { slug: [e.slug, null], title: [e.title, null], date: [e.date, null] } })
    return { kind: 'ok', version: e.version, diff: {} }
  })
}

export async function updateCountyActivation(db: Db, id: number, input: CountyActivation, who: Actor): Promise<EditResult> {
  const month = input.scActivationMonth ?? input.scActivatedOn?.slice(0, 7) ?? null
  const next = {
    scPrecision: input.scPrecision ?? null,
    scActivatedOn: input.scPrecision === 'day' ? (input.scActivatedOn ?? null) : null,
    scActivationMonth: month,
    scEffectiveOn: input.scPrecision === 'day' ? (input.scActivatedOn ?? null) : month ? monthEnd(month) : null,
    scNotes: input.scNotes ?? null,
  }
  return versionedEdit(db, who, {
    recordType: 'County', id, version: input.version, reason: input.reason, source: input.source, next,
    read: (tx) => tx.county.findUnique({ where: { id }, select: { scPrecision: true, scActivatedOn: true, scActivationMonth: true, scEffectiveOn: true, scNotes: true, version: true } }),
    write: async (tx, data) => {
      const { url, title } = sourceParts(input.source)
      const citation = await tx.citation.create({ data: { kind: 'document', url, title: title ?? url, note: input.reason }, select: { id: true } })
      return (await tx.county.updateMany({ where: { id, version: input.version }, data: { ...data, citationId: citation.id, version: { increment: 1 } } })).count
    },
  })
}
