import 'server-only'
import { db } from '../db.ts'
import { listLabel } from '../lifecycle/lists.ts'

export async function listSnapshots() {
  const lists = await db.sourceList.findMany({
    select: { id: true, kind: true, asOf: true, fileName: true, sha256: true, rowCount: true, caption: true, sourceUrl: true, capturedOn: true, provenance: true, importedAt: true },
    orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
  })
  return lists.map((l) => ({ ...l, label: listLabel(l.kind, l.asOf), importedAt: l.importedAt.toISOString() }))
}

export async function getSnapshotFile(id: number) {
  const list = await db.sourceList.findUnique({ where: { id }, select: { fileName: true, file: { select: { content: true } } } })
  return list && { fileName: list.fileName, content: list.file?.content ?? null }
}

/** When the data last changed: the newest import or audited edit. */
export async function lastUpdated(): Promise<string | null> {
  const [list, audit] = await Promise.all([
    db.sourceList.findFirst({ orderBy: { importedAt: 'desc' }, select: { importedAt: true } }),
    db.auditLog.findFirst({ where: { channel: { not: 'seed' } }, orderBy: { at: 'desc' }, select: { at: true } }),
  ])
  const dates = [list?.importedAt, audit?.at].filter((d): d is Date => !!d).map((d) => d.toISOString()).sort()
  return dates.at(-1) ?? null
}
