import { createHash } from 'node:crypto'
import type { ParsedList } from './parse-list.ts'

/**
 * The identity of a list's content: its rows as ICE printed them, with their row numbers. Two files with these equal
 * (a workbook re-saved, the same list captured on another day) are captures of one version, whose rows are stored once.
 */
export function contentHash(list: Pick<ParsedList, 'rows'>): string {
  const h = createHash('sha256')
  for (const r of list.rows)
    h.update(JSON.stringify([r.rowNumber, r.stateRaw, r.agencyRaw, r.typeRaw, r.countyRaw, r.modelRaw, r.signedRaw, unarchived(r.moaText), unarchived(r.moaUrl), unarchived(r.addendumText), unarchived(r.addendumUrl)]) + '\n')
  return h.digest('hex')
}

// The 2021–2025 extractions of ICE's web table carry each MOA link through the Wayback capture it was read from, so the
// same table read from two captures differs only in that prefix: it is not part of the content.
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i
const unarchived = (v: string | null) => (v === null ? null : v.replace(WAYBACK, ''))

const DAY_PARTS: Record<string, number> = { am: 1, amb: 2, mid: 3, pm: 4, pm2: 5 }

/**
 * Order of several captures of one day, from the file name: ICE's am < amB < mid < pm < pm2, or the time of a Wayback
 * capture (…-20250222170629.xlsx). 0 when the name says nothing.
 */
export function dayOrderOf(fileName: string): number {
  const stamp = /(?<!\d)\d{8}(\d{6})(?!\d)/.exec(fileName)
  if (stamp) return Number(stamp[1])
  const part = /\d(am|amb|mid|pm2|pm)\b/i.exec(fileName.replace(/\.[a-z]+$/i, ''))
  return part ? DAY_PARTS[part[1]!.toLowerCase()]! * 100_000 : 0
}
