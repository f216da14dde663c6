import 'server-only'
import { db } from '../db.ts'
import { coverageAt, type CoverageAnswer } from '../lifecycle/coverage.ts'
import { loadWindows } from '../lifecycle/lists.ts'

/** What an as-of answer rests on: the capture, how long it stands, and whether "today" has outrun it. */
export interface Basis {
  list_id: number
  label: string
  as_of: string
  covers_until: string | null
  stale: boolean
  basis_age_days: number
}

export function toBasis(a: CoverageAnswer): Basis | null {
  const w = a.window
  return w ? { list_id: w.id, label: w.label, as_of: w.asOf, covers_until: w.end, stale: a.stale, basis_age_days: a.ageDays ?? 0 } : null
}

export async function basisAt(date: string): Promise<Basis | null> {
  return toBasis(coverageAt(await loadWindows(db), date))
}
