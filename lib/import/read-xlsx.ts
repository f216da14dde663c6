import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { excelSerialToIso, isIsoDate } from '../dates.ts'
import { ImportError } from './errors.ts'
import type { ReadBudget } from './limits.ts'
import type { Cell, Grid, GridRow } from './read-sheet.ts'
import { BoundedZip } from './zip-limits.ts'

// Built-in number formats that display a date (ECMA-376 §18.8.30).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

const local = (name: string) => name.slice(name.indexOf(':') + 1)

/**
 * Reads every sheet of a workbook part by part with a SAX parser (saxes, exceljs's own), so no
 * workbook object model is built; the budget is checked on every row and cell as they are read.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, budget: ReadBudget): Promise<Grid[]> {
  const zip = await BoundedZip.open(bytes, fileName)
  try {
    const parse = (part: string, handlers: Handlers) => saxRead(zip, part, fileName, handlers)
    const rels = async (part: string) => {
      const out = new Map<string, string>()
      await parse(part, { open: (t) => { if (local(t.name) === 'Relationship') out.set(t.attributes.Id ?? '', t.attributes.Target ?? '') } })
      return out
    }
    const sheets: { name: string; rId: string; hidden: boolean }[] = []
    let date1904 = false
    await parse('xl/workbook.xml', {
      open: (t) => {
        const n = local(t.name)
        if (n === 'sheet') sheets.push({ name: t.attributes.name ?? '', rId: t.attributes['r:id'] ?? '', hidden: (t.attributes.state ?? 'visible') !== 'visible' })
        if (n === 'workbookPr') date1904 = t.attributes.date1904 === '1' || t.attributes.date1904 === 'true'
      },
    })
    if (sheets.length === 0) throw new ImportError('unreadable', `${fileName} is a zip file but not an Excel workbook (no xl/workbook.xml sheets).`)
    const bookRels = await rels('xl/_rels/workbook.xml.rels')
    const dateStyles = await readDateStyles(parse)
    const strings = await readSharedStrings(parse, budget)
    const grids: Grid[] = []
    for (const sheet of sheets) {
      const part = resolvePart('xl/', bookRels.get(sheet.rId) ?? '')
      if (!zip.has(part)) continue
      const links = await rels(part.replace(/([^/]+)$/, '_rels/$1.rels'))
      const rows = await readSheetRows(parse, part, { strings, dateStyles, date1904, links, budget })
      grids.push({ sheetName: sheet.name, hidden: sheet.hidden, rows })
    }
    return grids
  } finally {
    zip.close()
  }
}

interface Handlers {
  open?: (tag: SaxesTagPlain) => void
  close?: (name: string) => void
  text?: (text: string) => void
}

async function saxRead(zip: BoundedZip, part: string, fileName: string, h: Handlers): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false })
  if (h.open) parser.on('opentag', h.open)
  if (h.close) { const close = h.close; parser.on('closetag', (t) => close(t.name)) }
  if (h.text) { parser.on('text', h.text); parser.on('cdata', h.text) }
  try {
    const text = await zip.text(part)
    // Excel writes some parts (a sheet's .rels with no links) as zero-length files.
    if (text.trim() === '') return
    parser.write(text)
    parser.close()
  } catch (cause) {
    if (cause instanceof ImportError) throw cause
    throw new ImportError('unreadable', `${fileName} is not a readable workbook: ${part} is not well-formed XML (${(cause as Error).message}).`)
  }
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = (base + target).split('/')
  const out: string[] = []
  for (const p of parts) if (p === '..') out.pop(); else if (p !== '.') out.push(p)
  return out.join('/')
}

type Parse = (part: string, h: Handlers) => Promise<void>

async function readDateStyles(parse: Parse): Promise<Set<number>> {
  const custom = new Map<number, string>()
  const xfs: number[] = []
  let inCellXfs = false
  await parse('xl/styles.xml', {
    open: (t) => {
      const n = local(t.name)
      if (n === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '')
      else if (n === 'cellXfs') inCellXfs = true
      else if (n === 'xf' && inCellXfs) xfs.push(Number(t.attributes.numFmtId ?? 0))
    },
    close: (name) => { if (local(name) === 'cellXfs') inCellXfs = false },
  })
  const out = new Set<number>()
  xfs.forEach((fmt, index) => {
    const code = custom.get(fmt)
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(fmt)) out.add(index)
  })
  return out
}

/** A custom format shows a date when, outside quoted text and [colour/locale] blocks, it has date or time letters. */
function isDateFormatCode(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/general/gi, ''))
}

async function readSharedStrings(parse: Parse, budget: ReadBudget): Promise<string[]> {
  const out: string[] = []
  let current: string[] | null = null
  let inT = false
  let inPhonetic = false
  await parse('xl/sharedStrings.xml', {
    open: (t) => {
      const n = local(t.name)
      if (n === 'si') current = []
      else if (n === 'rPh') inPhonetic = true
      else if (n === 't') inT = !inPhonetic
    },
    text: (text) => { if (inT && current) current.push(text) },
    close: (name) => {
      const n = local(name)
      if (n === 't') inT = false
      else if (n === 'rPh') inPhonetic = false
      else if (n === 'si' && current) {
        const s = current.join('')
        budget.cellText(s.length)
        out.push(s)
        current = null
      }
    },
  })
  return out
}

interface SheetContext {
  strings: string[]
  dateStyles: Set<number>
  date1904: boolean
  links: Map<string, string>
  budget: ReadBudget
}

/** Zero-based column of a cell reference such as "AB12"; undefined when the reference is missing or odd. */
function columnIndex(ref: string | undefined): number | undefined {
  if (!ref) return undefined
  let n = 0
  let i = 0
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) & ~32
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
  }
  return i === 0 || i > 3 ? undefined : n - 1
}

async function readSheetRows(parse: Parse, part: string, ctx: SheetContext): Promise<GridRow[]> {
  const rows: GridRow[] = []
  const byNumber = new Map<number, GridRow>()
  const hyperlinks: { ref: string; rId: string }[] = []
  let row: GridRow | null = null
  let cell: { col: number; type: string; style: number; value: string; formula: boolean } | null = null
  let capture = false
  let inPhonetic = false
  let nextRow = 1
  await parse(part, {
    open: (t) => {
      const n = local(t.name)
      if (n === 'c') {
        if (!row) return
        const col = columnIndex(t.attributes.r) ?? row.cells.length
        ctx.budget.cells(col + 1)
        cell = { col, type: t.attributes.t ?? 'n', style: t.attributes.s ? Number(t.attributes.s) : 0, value: '', formula: false }
      } else if (cell) {
        if (n === 'v' || (n === 't' && !inPhonetic)) capture = true
        else if (n === 'f') cell.formula = true
        else if (n === 'rPh') inPhonetic = true
      } else if (n === 'row') {
        const r = Number(t.attributes.r)
        row = { rowNumber: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] }
        nextRow = row.rowNumber + 1
      } else if (n === 'hyperlink' && t.attributes['r:id']) hyperlinks.push({ ref: t.attributes.ref ?? '', rId: t.attributes['r:id'] })
    },
    text: (text) => { if (capture && cell) cell.value += text },
    close: (name) => {
      const n = local(name)
      if (n === 'v' || n === 't') capture = false
      else if (n === 'c' && cell && row) {
        const value = toCell(cell.type, cell.value, cell.style, ctx)
        if (cell.formula) value.formula = true
        ctx.budget.cellText(value.text.length)
        while (row.cells.length < cell.col) row.cells.push({ text: '' })
        row.cells[cell.col] = value
        cell = null
      } else if (n === 'rPh') inPhonetic = false
      else if (n === 'row' && row) {
        ctx.budget.row(row.cells.length)
        if (row.cells.some((c) => c.text !== '')) {
          rows.push(row)
          byNumber.set(row.rowNumber, row)
        } else if (row.cells.length > 0) ctx.budget.blank()
        row = null
      }
    },
  })
  for (const { ref, rId } of hyperlinks) {
    const target = ctx.links.get(rId)
    const first = ref.split(':')[0]!
    const c = byNumber.get(Number(first.replace(/^[A-Za-z]+/, '')))?.cells[columnIndex(first) ?? -1]
    if (target && c) c.hyperlink = target
  }
  return rows
}

function toCell(type: string, raw: string, style: number, ctx: SheetContext): Cell {
  switch (type) {
    case 's': return { text: ctx.strings[Number(raw)] ?? '' }
    case 'inlineStr':
    case 'str':
    case 'e': return { text: raw }
    case 'b': return { text: raw === '1' ? 'true' : raw === '0' ? 'false' : raw }
    case 'd': {
      const day = raw.slice(0, 10)
      return isIsoDate(day) ? { text: day, date: day } : { text: raw }
    }
    default: {
      if (raw === '') return { text: '' }
      const n = Number(raw)
      if (Number.isFinite(n) && ctx.dateStyles.has(style)) {
        const day = excelSerialToIso(Math.floor(n) + (ctx.date1904 ? 1462 : 0))
        return { text: day, date: day }
      }
      return { text: Number.isFinite(n) ? String(n) : raw }
    }
  }
}
