import 'server-only'
import { db } from '../db.ts'

export async function listPolicyEvents() {
  return db.policyEvent.findMany({
    select: {
      id: true, slug: true, date: true, datePrecision: true, kind: true, title: true, summary: true, sourceUrl: true, sourceName: true,
      citation: { select: { note: true } },
    },
    orderBy: { date: 'asc' },
  })
}

export async function listCriteriaSets() {
  const sets = await db.criteriaSet.findMany({
    select: {
      id: true, slug: true, version: true, title: true, preamble: true, effectiveOn: true,
      policyEvent: { select: { slug: true, title: true, sourceUrl: true, sourceName: true } },
      items: { select: { id: true, position: true, parentId: true, text: true }, orderBy: { position: 'asc' } },
    },
    orderBy: { effectiveOn: 'asc' },
  })
  return sets.map(({ items, ...s }) => ({
    ...s,
    items: items.filter((i) => i.parentId === null).map((i) => ({ position: i.position, text: i.text, items: items.filter((c) => c.parentId === i.id).map((c) => c.text) })),
  }))
}
