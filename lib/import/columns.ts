import { fold } from './normalise.ts'

export const FIELDS = [
  'state', 'agency', 'type', 'county', 'model', 'signed', 'signedIso', 'moa', 'moaUrl', 'moaFile',
  'addendum', 'addendumUrl', 'sourceRow', 'asOf', 'capture', 'captureDate', 'caption', 'captureUrl',
] as const
export type Field = (typeof FIELDS)[number]
export type Columns = Partial<Record<Field, number>>

// Header spellings seen in ICE's workbooks and in the CSV conversions of them, best first: when two
// columns match one field, the better-ranked spelling wins and the other is reported; equal ranks are ambiguous.
const ALIASES: Record<Field, string[]> = {
  state: ['state'],
  agency: ['law enforcement agency', 'law enforcement agency name', 'agency', 'agency name', 'participating entity', 'entity'],
  type: ['type', 'agency type', 'agency_type'],
  county: ['county'],
  model: ['support type', 'support_type', 'model', '287g model', '287 g model', 'program model'],
  signed: ['signed', 'date signed', 'signed date', 'moa signed', 'signed_raw', 'date_signed'],
  signedIso: ['signed_date'],
  moa: ['moa', 'memorandum of agreement', 'moa link'],
  moaUrl: ['moa_url'],
  moaFile: ['moa_file'],
  addendum: ['addendum', 'addendum link'],
  addendumUrl: ['addendum_url'],
  sourceRow: ['source_row'],
  asOf: ['snapshot_date', 'content_asof'],
  capture: ['snapshot_ts', 'capture_timestamp'],
  captureDate: ['capture_date'],
  caption: ['caption'],
  captureUrl: ['capture_url'],
}

const RANK = new Map<string, { field: Field; rank: number }>()
for (const field of FIELDS) ALIASES[field].forEach((alias, rank) => RANK.set(alias, { field, rank }))

function headerKey(text: string): string {
  return fold(text).replace(/[()]/g, '').replace(/\s+/g, ' ').trim()
}

export interface HeaderMatch {
  columns: Columns
  /** Fields that two columns claim with the same rank: the header is ambiguous. */
  ambiguous: { field: Field; headers: string[] }[]
  /** Lower-ranked duplicates that were not used. */
  ignored: { field: Field; header: string; used: string }[]
}

/** Maps header cells to fields; unknown headers are ignored (ICE adds columns over time). */
export function matchHeader(cells: string[]): HeaderMatch {
  const best = new Map<Field, { index: number; rank: number }[]>()
  cells.forEach((cell, index) => {
    const hit = RANK.get(headerKey(cell))
    if (!hit) return
    const list = best.get(hit.field) ?? []
    list.push({ index, rank: hit.rank })
    best.set(hit.field, list)
  })
  const out: HeaderMatch = { columns: {}, ambiguous: [], ignored: [] }
  for (const [field, hits] of best) {
    hits.sort((a, b) => a.rank - b.rank)
    const [first, ...rest] = hits as [{ index: number; rank: number }, ...{ index: number; rank: number }[]]
    const ties = rest.filter((h) => h.rank === first.rank)
    if (ties.length > 0) out.ambiguous.push({ field, headers: [first, ...ties].map((h) => `column ${h.index + 1} "${cells[h.index]!.trim()}"`) })
    out.columns[field] = first.index
    for (const h of rest.filter((x) => x.rank !== first.rank)) out.ignored.push({ field, header: cells[h.index]!.trim(), used: cells[first.index]!.trim() })
  }
  return out
}

export function isHeaderRow(cells: string[]): boolean {
  const m = matchHeader(cells).columns
  return m.state !== undefined && m.agency !== undefined && m.model !== undefined
}
