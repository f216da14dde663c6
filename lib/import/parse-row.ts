import { excelSerialToIso, isIsoDate, parseLooseDate } from '../dates.ts'
import type { AgencyType, AgreementModel } from '../agreements/schema.ts'
import { stateFromText, stateFromTypo, type StateCode } from '../states.ts'
import type { Cell } from './read-sheet.ts'
import type { Field } from './columns.ts'
import { cleanText, fold, nameKey } from './normalise.ts'

export const FIRST_PLAUSIBLE_SIGNING = '2002-01-01'

export type RowFlag =
  | 'malformed_date' | 'implausible_date' | 'missing_signed_date' | 'formula_cell'
  | 'link_without_url' | 'duplicate_in_list' | 'state_typo'

export interface ParsedRow {
  rowNumber: number
  state: StateCode
  stateRaw: string
  agencyRaw: string
  agencyName: string
  nameKey: string
  typeRaw: string | null
  type: AgencyType
  countyRaw: string | null
  county: string | null
  modelRaw: string
  model: AgreementModel
  signedRaw: string | null
  /** The date the cell holds, even when flagged implausible; null when unreadable. */
  signedOn: string | null
  moaText: string | null
  moaUrl: string | null
  moaFile: string | null
  addendumText: string | null
  addendumUrl: string | null
  flags: RowFlag[]
}

export function modelFromText(raw: string): AgreementModel | undefined {
  const t = fold(raw)
  if (t.includes('task force') || t === 'tfm') return 'task_force'
  if (t.includes('jail') || t.includes('detention') || t === 'jem') return 'jail_enforcement'
  if (t.includes('warrant') || t === 'wso') return 'warrant_service_officer'
  return undefined
}

export function agencyTypeFrom(raw: string | null, name: string): AgencyType {
  const t = fold(raw ?? '').trim()
  if (t === 'county' || t === 'parish') return 'county'
  if (t === 'municipality' || t === 'city' || t === 'town') return 'municipality'
  if (t === 'state agency' || t === 'state') return 'state_agency'
  if (t) return 'other'
  // Lists before spring 2025 have no TYPE column: infer only from unambiguous name patterns.
  const n = fold(name)
  if (/\b(county|parish)\b/.test(n) && /sheriff|jail|correction|county police/.test(n)) return 'county'
  if (/police department|city of|town of/.test(n) && !/state|county/.test(n)) return 'municipality'
  if (/^(state of |department of |[a-z ]+ (state police|highway patrol|department of))/.test(n)) return 'state_agency'
  return 'other'
}

const NA = new Set(['#na', 'n/a', 'na', '#n/a', '-', 'none'])

function opt(text: string | undefined): string | null {
  const t = cleanText(text ?? '')
  return t === '' || NA.has(t.toLowerCase()) ? null : t
}

export interface RowContext {
  asOf: string
  columns: Partial<Record<Field, number>>
}

export type RowResult = { ok: true; row: ParsedRow } | { ok: false; reason: string } | { ok: 'skip' } | { ok: 'no_model'; agency: string }

export function parseRow(cells: Cell[], rowNumber: number, ctx: RowContext): RowResult {
  const at = (f: Field): Cell | undefined => (ctx.columns[f] === undefined ? undefined : cells[ctx.columns[f]!])
  const agencyRaw = at('agency')?.text ?? ''
  const stateRaw = at('state')?.text ?? ''
  const modelRaw = at('model')?.text ?? ''
  if (!cleanText(agencyRaw) && !cleanText(modelRaw)) return { ok: 'skip' }
  if (!cleanText(agencyRaw)) return { ok: false, reason: `row ${rowNumber}: the agency name is empty` }
  if (!cleanText(modelRaw)) return { ok: 'no_model', agency: cleanText(agencyRaw) }
  const exactState = stateFromText(stateRaw)
  const state = exactState ?? stateFromTypo(stateRaw)
  if (!state) return { ok: false, reason: `row ${rowNumber}: "${cleanText(stateRaw)}" is not a U.S. state or territory` }
  const model = modelFromText(modelRaw)
  if (!model)
    return { ok: false, reason: `row ${rowNumber}: "${cleanText(modelRaw)}" is not a 287(g) model (expected Jail Enforcement, Task Force or Warrant Service Officer)` }

  const flags: RowFlag[] = exactState ? [] : ['state_typo']
  const { signedRaw, signedOn } = readSigned(at('signed'), at('signedIso'), flags)
  if (signedOn && (signedOn < FIRST_PLAUSIBLE_SIGNING || signedOn > ctx.asOf)) flags.push('implausible_date')
  if (cells.some((c) => c.formula)) flags.push('formula_cell')

  const moa = at('moa')
  const moaText = opt(moa?.text)
  const moaFile = opt(at('moaFile')?.text)
  const moaUrl = opt(at('moaUrl')?.text) ?? moa?.hyperlink ?? (moaText && /^https?:\/\//.test(moaText) ? moaText : null) ?? (moaFile ? rosterMoaUrl(moaFile) : null)
  if (moaText && /^link$/i.test(moaText) && !moaUrl) flags.push('link_without_url')
  const addendum = at('addendum')
  const agencyName = cleanText(agencyRaw)
  const typeRaw = opt(at('type')?.text)
  const countyRaw = at('county') ? cleanText(at('county')!.text) || null : null
  const sourceRow = Number(at('sourceRow')?.text)
  return {
    ok: true,
    row: {
      rowNumber: Number.isInteger(sourceRow) && sourceRow > 0 ? sourceRow : rowNumber,
      state, stateRaw, agencyRaw, agencyName, nameKey: nameKey(agencyName),
      typeRaw, type: agencyTypeFrom(typeRaw, agencyName),
      countyRaw, county: opt(countyRaw ?? undefined),
      modelRaw, model, signedRaw, signedOn,
      moaText, moaUrl, moaFile,
      addendumText: opt(addendum?.text), addendumUrl: opt(at('addendumUrl')?.text) ?? addendum?.hyperlink ?? null,
      flags,
    },
  }
}

function readSigned(cell: Cell | undefined, isoCell: Cell | undefined, flags: RowFlag[]) {
  const raw = cell ? cleanText(cell.text) : ''
  // The project's CSV conversions carry both the displayed text and the date behind it.
  const iso = cleanText(isoCell?.text ?? '')
  if (iso && isIsoDate(iso)) return { signedRaw: raw || iso, signedOn: iso }
  if (cell?.date) return { signedRaw: cell.date, signedOn: cell.date }
  if (!raw) {
    if (cell || isoCell) flags.push('missing_signed_date')
    return { signedRaw: null, signedOn: null }
  }
  if (/^\d{5}(\.\d+)?$/.test(raw)) return { signedRaw: raw, signedOn: excelSerialToIso(Number(raw)) }
  const parsed = parseLooseDate(raw)
  if (!parsed) flags.push('malformed_date')
  return { signedRaw: raw, signedOn: parsed ?? null }
}

// ICE's 2010–2012 rosters linked MOAs by file name under this folder; the Wayback Machine serves its captures.
export function rosterMoaUrl(file: string): string {
  return `https://web.archive.org/web/2012/http://www.ice.gov/doclib/foia/memorandumsofAgreementUnderstanding/${encodeURIComponent(file)}`
}
