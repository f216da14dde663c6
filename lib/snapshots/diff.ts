import 'server-only'
import { db } from '../db.ts'
import { listLabel } from '../lifecycle/lists.ts'

interface Entry {
  agreementId: number | null
  rowNumber: number
  model: string
  agencyRaw: string
  signedOn: string | null
  agency: { id: number; name: string; state: string }
}

const ENTRY_SELECT = { agreementId: true, rowNumber: true, model: true, agencyRaw: true, signedOn: true, agency: { select: { id: true, name: true, state: true } } } as const

function item(e: Entry) {
  return { agreement_id: e.agreementId, agency_id: e.agency.id, agency: e.agency.name, listed_as: e.agencyRaw, state: e.agency.state, model: e.model, signed_on: e.signedOn, row: e.rowNumber }
}
export type DiffItem = ReturnType<typeof item>

async function loadList(id: number) {
  return db.sourceList.findUnique({ where: { id }, select: { id: true, kind: true, asOf: true, fileName: true, rowCount: true, versionId: true } })
}

/** What changed between two source lists, matched on the agreement each row belongs to. Null when a list is unknown. */
export async function diffSnapshots(fromId: number, toId: number) {
  const [from, to] = await Promise.all([loadList(fromId), loadList(toId)])
  if (!from || !to) return { missing: [fromId, toId].filter((id, i) => !(i === 0 ? from : to)) }
  const [a, b] = await Promise.all([
    // Rows are stored once per version (on its first capture): a capture's rows are its version's.
    db.listEntry.findMany({ where: { versionId: from.versionId ?? -1 }, select: ENTRY_SELECT, orderBy: { rowNumber: 'asc' } }),
    db.listEntry.findMany({ where: { versionId: to.versionId ?? -1 }, select: ENTRY_SELECT, orderBy: { rowNumber: 'asc' } }),
  ])
  const key = (e: Entry) => (e.agreementId === null ? `row:${e.agency.id}:${e.model}` : `a:${e.agreementId}`)
  const before = new Map(a.map((e) => [key(e), e]))
  const after = new Map(b.map((e) => [key(e), e]))
  const added = b.filter((e) => !before.has(key(e)))
  const removed = a.filter((e) => !after.has(key(e)))
  const kept = b.filter((e) => before.has(key(e))).map((e) => [before.get(key(e))!, e] as const)
  const modelChanges = kept.filter(([x, y]) => x.model !== y.model).map(([x, y]) => ({ ...item(y), from_model: x.model }))
  const renamed = kept.filter(([x, y]) => x.agencyRaw !== y.agencyRaw).map(([x, y]) => ({ ...item(y), from_name: x.agencyRaw }))
  const suspectedRenames = removed.flatMap((r) => {
    const twin = added.find((n) => n.agency.state === r.agency.state && n.model === r.model && r.signedOn !== null && n.signedOn === r.signedOn)
    return twin ? [{ removed: item(r), added: item(twin) }] : []
  })
  const meta = (l: NonNullable<typeof from>) => ({ id: l.id, kind: l.kind, as_of: l.asOf, file: l.fileName, rows: l.rowCount, label: listLabel(l.kind, l.asOf) })
  return {
    from: meta(from),
    to: meta(to),
    counts: { added: added.length, removed: removed.length, unchanged: kept.length, model_changes: modelChanges.length, renamed: renamed.length, suspected_renames: suspectedRenames.length },
    added: added.map(item),
    removed: removed.map(item),
    model_changes: modelChanges,
    renamed,
    suspected_renames: suspectedRenames,
  }
}
export type SnapshotDiff = Exclude<Awaited<ReturnType<typeof diffSnapshots>>, { missing: number[] }>
