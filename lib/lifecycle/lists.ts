import type { ListKind } from '../import/parse-list.ts'
import type { Tx } from '../db.ts'
import { coverageWindows, type CoverageWindow } from './coverage.ts'

export function listLabel(kind: string, asOf: string): string {
  if (kind === 'roster') return `ICE roster of ${asOf}`
  if (kind === 'pending') return `ICE pending list of ${asOf}`
  return `ICE list of ${asOf}`
}

/** Rosters (2010–2012) and participating workbooks (2025–) form one series of ICE's published agreements. */
export function seriesKinds(kind: ListKind): ListKind[] {
  return kind === 'pending' ? ['pending'] : ['participating', 'roster']
}

export async function loadWindows(db: Pick<Tx, 'sourceList'>, kind: ListKind = 'participating'): Promise<CoverageWindow[]> {
  const lists = await db.sourceList.findMany({
    where: { kind: { in: seriesKinds(kind) } },
    select: { id: true, asOf: true, capturedOn: true, kind: true },
    orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
  })
  return coverageWindows(lists.map((l) => ({ id: l.id, asOf: l.asOf, capturedOn: l.capturedOn, label: listLabel(l.kind, l.asOf) })))
}
