import type { ListKind } from '../import/parse-list.ts'
import type { Tx } from '../db.ts'
import { captureOrder, coverageWindows, type CaptureRef, type CoverageWindow } from './coverage.ts'

export function listLabel(kind: string, asOf: string): string {
  if (kind === 'roster') return `ICE roster of ${asOf}`
  if (kind === 'pending') return `ICE pending list of ${asOf}`
  return `ICE list of ${asOf}`
}

/** Rosters (2010–2017) and participating lists (2021–) form one series of ICE's published agreements. */
export function seriesKinds(kind: ListKind): ListKind[] {
  return kind === 'pending' ? ['pending'] : ['participating', 'roster']
}

export type Series = 'listed' | 'pending'
export const seriesOf = (kind: string): Series => (kind === 'pending' ? 'pending' : 'listed')

/** Every capture of a series, in capture order. */
export async function loadCaptures(db: Pick<Tx, 'sourceList'>, kind: ListKind = 'participating'): Promise<CaptureRef[]> {
  const lists = await db.sourceList.findMany({
    where: { kind: { in: seriesKinds(kind) }, versionId: { not: null } },
    select: { id: true, asOf: true, dayOrder: true, capturedOn: true, kind: true, versionId: true },
  })
  return lists
    .map((l) => ({ id: l.id, kind: l.kind, asOf: l.asOf, dayOrder: l.dayOrder, seenOn: l.capturedOn, versionId: l.versionId, label: listLabel(l.kind, l.asOf) }))
    .sort(captureOrder)
}

export async function loadWindows(db: Pick<Tx, 'sourceList'>, kind: ListKind = 'participating'): Promise<CoverageWindow[]> {
  return coverageWindows(await loadCaptures(db, kind))
}
