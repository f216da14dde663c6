import { fold } from './normalise.ts'

export const FIELDS = [
  'state', 'agency', 'type', 'county', 'model', 'signed', 'signedIso', 'moa', 'moaUrl', 'moaFile',
  'addendum', 'addendumUrl', 'sourceRow', 'asOf',
] as const
export type Field = (typeof FIELDS)[number]

// Header spellings seen in ICE's workbooks and in the project's CSV conversions of them.
const ALIASES: Record<Field, string[]> = {
  state: ['state'],
  agency: ['law enforcement agency', 'agency', 'agency name', 'law enforcement agency name', 'participating entity', 'entity'],
  type: ['type', 'agency type', 'agency_type'],
  county: ['county'],
  model: ['support type', 'support_type', 'model', '287g model', '287 g model', 'program model'],
  signed: ['signed', 'date signed', 'signed date', 'moa signed', 'signed_raw'],
  signedIso: ['signed_date', 'date_signed'],
  moa: ['moa', 'memorandum of agreement', 'moa link'],
  moaUrl: ['moa_url'],
  moaFile: ['moa_file'],
  addendum: ['addendum', 'addendum link'],
  addendumUrl: ['addendum_url'],
  sourceRow: ['source_row'],
  asOf: ['snapshot_date', 'content_asof'],
}

function headerKey(text: string): string {
  return fold(text).replace(/[()]/g, '').replace(/\s+/g, ' ').trim()
}

/** Maps header cells to fields; unknown headers are ignored (ICE adds columns over time). */
export function mapHeader(cells: string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {}
  cells.forEach((cell, index) => {
    const key = headerKey(cell)
    for (const field of FIELDS) {
      if (found[field] === undefined && ALIASES[field].includes(key)) found[field] = index
    }
  })
  return found
}

export function isHeaderRow(cells: string[]): boolean {
  const m = mapHeader(cells)
  return m.state !== undefined && m.agency !== undefined && m.model !== undefined
}
