import 'server-only'
import { db } from '../db.ts'
import { windowAt, type CoverageWindow } from '../lifecycle/coverage.ts'
import { loadWindows } from '../lifecycle/lists.ts'

export interface Basis {
  list_id: number
  label: string
  as_of: string
  covers_until: string
}

export function toBasis(w: CoverageWindow | undefined): Basis | null {
  return w ? { list_id: w.id, label: w.label, as_of: w.asOf, covers_until: w.end } : null
}

export async function basisAt(date: string): Promise<Basis | null> {
  return toBasis(windowAt(await loadWindows(db), date))
}
