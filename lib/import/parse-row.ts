import { excelSerialToIso, isIsoDate, parseLooseDate } from '../dates.ts'
import type { AgencyType, AgreementModel } from '../agreements/schema.ts'
import { STATES, stateFromText, type StateCode } from '../states.ts'
import { uniqueNear } from './fuzzy.ts'
import type { Cell } from './read-sheet.ts'
import type { Field } from './columns.ts'
import { cleanText, fold, nameKey, unwrapSafeLink } from './normalise.ts'

export const FIRST_PLAUSIBLE_SIGNING = '2002-01-01'

export const ROW_FLAGS = [
  'malformed_date', 'implausible_date', 'missing_signed_date', 'formula_cell',
  'link_without_url', 'duplicate_in_list', 'model_spelling', 'missing_model', 'state_spelling',
] as const
export type RowFlag = (typeof ROW_FLAGS)[number]

// The model labels ICE prints (2010–2012 rosters, then the lists since 2021); any other spelling is read but flagged.
export const MODEL_LABELS = ['Task Force Model', 'Jail Enforcement Model', 'Warrant Service Officer', 'Task Force', 'Jail Enforcement']

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
  /** ICE's URL: an Outlook SafeLinks wrapper is unwrapped. */
  moaUrl: string | null
  /** The link exactly as the file holds it (differs from moaUrl when it was a SafeLinks wrapper). */
  moaUrlRaw: string | null
  moaFile: string | null
  addendumText: string | null
  addendumUrl: string | null
  addendumUrlRaw: string | null
  flags: RowFlag[]
}

/** A pending-list row whose SUPPORT TYPE cell is blank: kept, with no model. */
export type RowWithoutModel = Omit<ParsedRow, 'model'> & { model: null }

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
  // ICE also prints "Muncipality" and "Municipal".
  if (t === 'city' || t === 'town' || /^munc?i?c?ipal/.test(t)) return 'municipality'
  if (t === 'state agency' || t === 'state') return 'state_agency'
  if (t) return 'other'
  // Lists before spring 2025 have no TYPE column: infer only from unambiguous name patterns.
  const n = fold(name)
  if (/\b(county|parish)\b/.test(n) && /sheriff|jail|correction|county police/.test(n)) return 'county'
  if (/police department|city of|town of/.test(n) && !/state|county/.test(n)) return 'municipality'
  if (/^(state of |department of |[a-z ]+ (state police|highway patrol|department of))/.test(n)) return 'state_agency'
  return 'other'
}

const NA = new Set(['#na', 'n/a', 'na', '#n/a', '#n?a', '-', 'none'])

function opt(text: string | undefined): string | null {
  const t = cleanText(text ?? '')
  return t === '' || NA.has(t.toLowerCase()) ? null : t
}

export interface RowContext {
  asOf: string
  columns: Partial<Record<Field, number>>
  /** Pending lists: a blank SUPPORT TYPE is kept (model null) instead of refusing the row. */
  modelOptional: boolean
}

export type RowResult = { ok: true; row: ParsedRow } | { ok: 'no_model'; row: RowWithoutModel } | { ok: false; reason: string } | { ok: 'skip' }

export function parseRow(cells: Cell[], rowNumber: number, ctx: RowContext): RowResult {
  const at = (f: Field): Cell | undefined => (ctx.columns[f] === undefined ? undefined : cells[ctx.columns[f]!])
  const agencyRaw = at('agency')?.text ?? ''
  const stateRaw = at('state')?.text ?? ''
  const modelRaw = at('model')?.text ?? ''
  if (!cleanText(agencyRaw) && !cleanText(modelRaw) && !cleanText(stateRaw)) return { ok: 'skip' }
  if (!cleanText(agencyRaw)) return { ok: false, reason: `row ${rowNumber}: the agency name is empty` }
  const flags: RowFlag[] = []
  const state = stateFromText(stateRaw) ?? misspeltState(stateRaw, flags)
  if (!state) return { ok: false, reason: `row ${rowNumber}: "${cleanText(stateRaw)}" is not a U.S. state or territory` }
  const model = modelFromText(modelRaw)
  if (!model && !(ctx.modelOptional && !cleanText(modelRaw)))
    return { ok: false, reason: `row ${rowNumber}: "${cleanText(modelRaw)}" is not a 287(g) model (expected Jail Enforcement, Task Force or Warrant Service Officer)` }
  if (!model) flags.push('missing_model')
  else if (!MODEL_LABELS.includes(cleanText(modelRaw))) flags.push('model_spelling')

  const { signedRaw, signedOn } = readSigned(at('signed'), at('signedIso'), flags)
  if (signedOn && (signedOn < FIRST_PLAUSIBLE_SIGNING || signedOn > ctx.asOf)) flags.push('implausible_date')
  if (cells.some((c) => c.formula)) flags.push('formula_cell')

  const moa = at('moa')
  const moaText = opt(moa?.text)
  const moaFile = opt(at('moaFile')?.text)
  const moaUrlRaw = opt(at('moaUrl')?.text) ?? moa?.hyperlink ?? (moaText && /^https?:\/\//.test(moaText) ? moaText : null)
  const moaUrl = moaUrlRaw ? unwrapSafeLink(moaUrlRaw) : moaFile ? rosterMoaUrl(moaFile) : null
  if (moaText && /^link$/i.test(moaText) && !moaUrl) flags.push('link_without_url')
  const addendum = at('addendum')
  const addendumUrlRaw = opt(at('addendumUrl')?.text) ?? addendum?.hyperlink ?? null
  const agencyName = cleanText(agencyRaw)
  const typeRaw = opt(at('type')?.text)
  const countyRaw = at('county') ? cleanText(at('county')!.text) || null : null
  const sourceRow = Number(at('sourceRow')?.text)
  const row = {
    rowNumber: Number.isInteger(sourceRow) && sourceRow > 0 ? sourceRow : rowNumber,
    state, stateRaw, agencyRaw, agencyName, nameKey: nameKey(agencyName),
    typeRaw, type: agencyTypeFrom(typeRaw, agencyName),
    countyRaw, county: opt(countyRaw ?? undefined),
    modelRaw, signedRaw, signedOn,
    moaText, moaUrl, moaUrlRaw, moaFile,
    addendumText: opt(addendum?.text), addendumUrl: addendumUrlRaw ? unwrapSafeLink(addendumUrlRaw) : null, addendumUrlRaw,
    flags,
  }
  return model ? { ok: true, row: { ...row, model } } : { ok: 'no_model', row: { ...row, model: null } }
}

const STATE_NAMES: [string, StateCode][] = STATES.map(([code, name]) => [name.toUpperCase(), code])

// ICE misspells state names in its pending lists ("WEST VIRIGINA", "PENNSLYVANIA", "MCHIGAN"): accept a
// name two typos away when no other state is as close (state names are far apart), and flag it.
function misspeltState(raw: string, flags: RowFlag[]): StateCode | undefined {
  const key = cleanText(raw).replace(/[^A-Za-z ]/g, '').toUpperCase()
  if (key.length < 4) return undefined
  const near = uniqueNear(key, STATE_NAMES, key.length >= 10 ? 2 : 1)
  if (near.match === null) return undefined
  flags.push('state_spelling')
  return near.match
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
