import { z } from 'zod'
import type { Tx } from '../db.ts'

const EventSchema = z.object({
  slug: z.string(),
  date: z.string(),
  datePrecision: z.enum(['day', 'month']).default('day'),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  sourceName: z.string(),
  sourceUrl: z.string().url().nullable(),
  extraSources: z.array(z.object({ name: z.string(), url: z.string().url() })).optional(),
})

type Item = { text: string; items?: string[] }
const CriteriaSchema = z.object({
  slug: z.string(), version: z.string(), title: z.string(), policyEvent: z.string(), effectiveOn: z.string(), preamble: z.string(),
  items: z.array(z.object({ text: z.string(), items: z.array(z.string()).optional() })),
})

/** Policy events from prisma/data/policy-events.json, upserted on slug. */
export async function importPolicyEvents(tx: Tx, json: unknown): Promise<number> {
  const events = z.array(EventSchema).parse(json)
  for (const e of events) {
    const note = e.extraSources?.map((s) => `${s.name} ${s.url}`).join('; ') ?? null
    const existing = await tx.policyEvent.findUnique({ where: { slug: e.slug }, select: { id: true, citationId: true } })
    if (existing) continue
    const citation = await tx.citation.create({ data: { kind: 'document', title: e.sourceName, url: e.sourceUrl, note }, select: { id: true } })
    await tx.policyEvent.create({
      data: { slug: e.slug, date: e.date, datePrecision: e.datePrecision, kind: e.kind, title: e.title, summary: e.summary, sourceUrl: e.sourceUrl, sourceName: e.sourceName, citationId: citation.id },
    })
  }
  return events.length
}

/** A versioned checklist such as the Dec 21, 2012 detainer criteria; nested items keep their order. */
export async function importCriteriaSet(tx: Tx, json: unknown): Promise<void> {
  const c = CriteriaSchema.parse(json)
  if (await tx.criteriaSet.findUnique({ where: { slug: c.slug }, select: { id: true } })) return
  const event = await tx.policyEvent.findUnique({ where: { slug: c.policyEvent }, select: { id: true } })
  const set = await tx.criteriaSet.create({
    data: { slug: c.slug, version: c.version, title: c.title, preamble: c.preamble, effectiveOn: c.effectiveOn, policyEventId: event?.id ?? null },
    select: { id: true },
  })
  for (const [i, item] of (c.items as Item[]).entries()) {
    const parent = await tx.criteriaItem.create({ data: { setId: set.id, position: i + 1, text: item.text }, select: { id: true } })
    if (item.items?.length)
      await tx.criteriaItem.createMany({ data: item.items.map((text, j) => ({ setId: set.id, position: j + 1, parentId: parent.id, text })) })
  }
}
