import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ImportError } from './errors'
import { parseListFile } from './parse-list'

const HEADER = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA']
const ICE_PDF = 'https://www.ice.gov/doclib/287gMOA/PopeCoSOAR_WSO_MOA_12172025.pdf'
const SAFELINK = `https://gcc02.safelinks.protection.outlook.com/?url=${encodeURIComponent(ICE_PDF)}&data=05%7C02%7C&sdata=abc&reserved=0`

async function workbook(sheets: Record<string, unknown[][]>, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name)
    for (const row of rows) ws.addRow(row)
  }
  edit?.(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const parseOne = async (bytes: Buffer, fileName = 'participatingAgencies06202026am.xlsx') => (await parseListFile(bytes, { fileName }))[0]!

describe('reading ICE workbooks', () => {
  it('reads rich text and formula cells as text, date cells as dates, and unwraps SafeLinks keeping the raw link', async () => {
    const bytes = await workbook({ Sheet1: [HEADER] }, (wb) => {
      const ws = wb.worksheets[0]!
      ws.addRow([
        { richText: [{ text: 'ARK', font: { bold: true } }, { text: 'ANSAS' }] },
        { richText: [{ text: "Pope County Sheriff's " }, { text: 'Office', font: { italic: true } }] },
        'County', 'Pope County',
        { formula: 'TRIM(" Warrant Service Officer ")', result: 'Warrant Service Officer' },
        new Date(Date.UTC(2025, 11, 17)),
        { text: 'link', hyperlink: SAFELINK },
      ])
      ws.addRow(['TEXAS', 'Smith County Sheriff’s Office', 'County', 'Smith County', 'Task Force Model', '2025-03-04', { text: 'link', hyperlink: ICE_PDF }])
    })
    const list = await parseOne(bytes)
    expect(list.rows.map((r) => [r.state, r.agencyName, r.model, r.signedOn, r.moaUrl, r.moaUrlRaw, r.flags])).toEqual([
      ['AR', "Pope County Sheriff's Office", 'warrant_service_officer', '2025-12-17', ICE_PDF, SAFELINK, ['formula_cell']],
      ['TX', 'Smith County Sheriff’s Office', 'task_force', '2025-03-04', ICE_PDF, ICE_PDF, []],
    ])
  })

  it('reads the list sheet wherever it is, and says which sheets it did not read', async () => {
    const bytes = await workbook({ Notes: [['Updated daily'], ['See ice.gov']], List: [HEADER, ['TEXAS', 'A Sheriff', 'County', 'Smith County', 'Task Force Model', '3/4/25', 'link']] })
    const list = await parseOne(bytes)
    expect(list.sheetName).toBe('List')
    expect(list.rows).toHaveLength(1)
    expect(list.warnings).toContain('Sheet(s) "Notes" have no list header and were not read.')
  })

  it('reads a copy of the list sheet once, and refuses two different list sheets', async () => {
    const rows = [HEADER, ['TEXAS', 'A Sheriff', 'County', 'Smith County', 'Task Force Model', '3/4/25', 'link']]
    const copy = await parseOne(await workbook({ Sheet1: rows, 'Sheet1 (2)': rows }))
    expect(copy.rows).toHaveLength(1)
    expect(copy.warnings.join(' ')).toMatch(/"Sheet1 \(2\)" repeat the list sheet "Sheet1"/)
    const two = workbook({ Participating: rows, Pending: [HEADER.slice(0, 5), ['TEXAS', 'B Police Department', 'Municipality', 'Smith County', 'Task Force Model']] })
    await expect(parseOne(await two)).rejects.toThrow(/holds 2 different list sheets \("Participating", "Pending"\)/)
  })

  it('refuses an ambiguous header and prefers the better-ranked of two spellings', async () => {
    const ambiguous = workbook({ Sheet1: [['STATE', 'STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'], ['TEXAS', 'OKLAHOMA', 'A Sheriff', 'Task Force Model', '3/4/25']] })
    const err = await parseOne(await ambiguous).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ImportError)
    expect((err as ImportError).code).toBe('ambiguous_header')
    expect((err as ImportError).message).toMatch(/column 1 "STATE" and column 2 "STATE" both read as state/)
    const ranked = await parseOne(await workbook({ Sheet1: [['STATE', 'AGENCY', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'], ['TEXAS', 'Smith SO', "Smith County Sheriff's Office", 'Task Force Model', '3/4/25']] }))
    expect(ranked.rows[0]!.agencyName).toBe("Smith County Sheriff's Office")
    expect(ranked.warnings.join(' ')).toMatch(/Column "AGENCY" was not used/)
  })

  it('keeps and flags a malformed date, and refuses a list whose dates mostly fail', async () => {
    const row = (signed: unknown) => ['TEXAS', `Agency ${String(signed)}`, 'County', 'Smith County', 'Task Force Model', signed, 'link']
    const one = await parseOne(await workbook({ Sheet1: [HEADER, row('7/72025'), row('3/4/25'), row(45810), row('2025-06-02')] }))
    expect(one.rows.map((r) => [r.signedRaw, r.signedOn, r.flags.includes('malformed_date')])).toEqual([
      ['7/72025', null, true], ['3/4/25', '2025-03-04', false], ['45810', '2025-06-02', false], ['2025-06-02', '2025-06-02', false],
    ])
    expect(one.warnings.join(' ')).toMatch(/1 SIGNED cell\(s\) are not a date \("7\/72025" row 2\)/)
    const mostly = workbook({ Sheet1: [HEADER, row('7/72025'), row('05/082025'), row('3/4/25')] })
    await expect(parseOne(await mostly)).rejects.toMatchObject({ code: 'dates_unreadable' })
  })

  it('reads ICE\'s misspelt states and models, flagged', async () => {
    const list = await parseOne(await workbook({ Sheet1: [HEADER, ['WEST VIRIGINA', 'A Sheriff', 'County', 'X County', 'Jail Enforcment Model', '3/4/25', ''], ['UTAHJ', 'B Sheriff', 'County', 'Y County', 'Task Force Officer ', '3/4/25', '']] }))
    expect(list.rows.map((r) => [r.state, r.model, r.flags])).toEqual([
      ['WV', 'jail_enforcement', ['state_spelling', 'model_spelling']],
      ['UT', 'task_force', ['state_spelling', 'model_spelling']],
    ])
    await expect(parseOne(await workbook({ Sheet1: [HEADER, ['KANSASAS', 'A', 'County', 'X', 'Task Force Model', '3/4/25', 'link']] }))).rejects.toThrow(/"KANSASAS" is not a U.S. state/)
  })
})
