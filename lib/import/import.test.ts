import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { dataChecksum } from '../test/db-checksum'
import { derivedWorkbook, LATEST_WORKBOOK, workbookOf } from '../test/workbooks'
import { activeStats } from '../stats/queries'
import { importList } from './apply'
import { ImportError } from './errors'
import { parseListFile } from './parse-list'

const actor = { actor: 'test', channel: 'cli' as const }

async function modelCounts(asOf: string, kind: string) {
  const list = await db.sourceList.findFirstOrThrow({ where: { asOf, kind }, select: { versionId: true, rowCount: true }, orderBy: { dayOrder: 'desc' } })
  const rows = await db.listEntry.groupBy({ by: ['model'], where: { versionId: list.versionId }, _count: { _all: true } })
  return { rows: list.rowCount, ...Object.fromEntries(rows.map((r) => [r.model, r._count._all])) }
}

describe('the seeded source lists', () => {
  it.each([
    ['2025-01-04', 'participating', { rows: 135, warrant_service_officer: 75, jail_enforcement: 60 }],
    ['2025-02-22', 'participating', { rows: 151, task_force: 11, warrant_service_officer: 80, jail_enforcement: 60 }],
    ['2025-07-18', 'participating', { rows: 832, task_force: 415, warrant_service_officer: 300, jail_enforcement: 117 }],
    ['2026-05-18', 'participating', { rows: 1843, task_force: 1162, warrant_service_officer: 499, jail_enforcement: 182 }],
    ['2025-07-18', 'pending', { rows: 26 }],
    ['2010-10-29', 'roster', { rows: 71, task_force: 25, jail_enforcement: 46 }],
    ['2012-10-16', 'roster', { rows: 57, task_force: 17, jail_enforcement: 40 }],
    ['2012-12-31', 'roster', { rows: 39, jail_enforcement: 39 }],
  ])('%s %s list has the rows of its file, by model', async (asOf, kind, expected) => {
    expect(await modelCounts(asOf, kind)).toMatchObject(expected)
  })

  it('keeps impossible and malformed signing dates with a flag and the raw text', async () => {
    const list = await db.sourceList.findFirstOrThrow({ where: { asOf: '2025-07-18', kind: 'participating', fileName: 'participatingAgencies07182025pm.xlsx' }, select: { versionId: true } })
    const flagged = await db.listEntry.findMany({ where: { versionId: list.versionId, NOT: { flags: '[]' } }, select: { rowNumber: true, signedRaw: true, signedOn: true, flags: true }, orderBy: { rowNumber: 'asc' } })
    expect(flagged).toEqual([
      { rowNumber: 639, signedRaw: '5025-07-07', signedOn: '5025-07-07', flags: '["implausible_date"]' },
      { rowNumber: 775, signedRaw: '7/72025', signedOn: null, flags: '["malformed_date"]' },
      { rowNumber: 785, signedRaw: '05/082025', signedOn: null, flags: '["malformed_date"]' },
    ])
  })

  it('relabels, not removes, the three Arizona agreements ICE moved from task force to jail in 2011', async () => {
    const switches = await db.agreementEvent.findMany({ where: { kind: 'model_switch' }, select: { agreement: { select: { agency: { select: { name: true } } } }, fromDate: true, toDate: true } })
    expect(switches.map((s) => s.agreement.agency.name).sort()).toEqual(['Arizona Department of Public Safety', 'City of Phoenix Police Department', 'Florence Police Department'])
    // Between the roster of 10/29/2010 and the Wayback capture of 2011-08-18, the first to show the new labels (ddp roster).
    expect(switches.every((s) => s.fromDate === '2010-10-29' && s.toDate === '2011-08-18')).toBe(true)
  })

  it('ends the 17 task forces missing from the 2012-12-31 roster on that date, not renewed, with a citation', async () => {
    const events = await db.agreementEvent.findMany({ where: { kind: 'not_renewed' }, select: { onDate: true, citation: { select: { title: true } }, agreement: { select: { expiresOn: true, model: true } } } })
    expect(events).toHaveLength(17)
    for (const e of events) {
      expect(e).toMatchObject({ onDate: '2012-12-31', agreement: { expiresOn: '2012-12-31', model: 'task_force' } })
      expect(e.citation?.title).toMatch(/ICE FY2012 removals release/)
    }
  })

  it('records removals as the range between two lists', async () => {
    const alabama = await db.agreementEvent.findFirstOrThrow({ where: { kind: 'removed', agreement: { agency: { name: 'Alabama Department of Public Safety' } } }, select: { fromDate: true, toDate: true } })
    expect(alabama).toEqual({ fromDate: '2012-10-02', toDate: '2012-10-16' })
  })
})

describe('importing', () => {
  it('changes nothing when the same file is imported again', async () => {
    const before = dataChecksum()
    const [list] = await parseListFile(readFileSync(LATEST_WORKBOOK), { fileName: 'participatingAgencies05182026am.xlsx' })
    const res = await importList(db, list!, { actor })
    expect(res.applied).toBe(false)
    expect(res.duplicateOf?.asOf).toBe('2026-05-18')
    expect(dataChecksum()).toBe(before)
  })

  it('imports a list it has never seen, removes what is absent and re-lists what comes back', async () => {
    // Sheet rows 2..11 of the real 2026-05-18 workbook are Alabama agreements; drop them.
    const [list] = await parseListFile(await derivedWorkbook([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), { fileName: 'participatingAgencies06012026am.xlsx' })
    expect(list!.asOf).toBe('2026-06-01')
    const preview = await importList(db, list!, { dryRun: true, actor })
    expect(preview).toMatchObject({ applied: false, rows: 1833, counts: { added: 0, removed: 10, unchanged: 1833, relisted: 0 } })
    const applied = await importList(db, list!, { actor })
    expect(applied.applied).toBe(true)
    const stats = await activeStats('2026-06-01')
    expect(stats.total).toBe(1833)
    expect(stats.by_model).toEqual(list!.rows.reduce((acc, r) => ({ ...acc, [r.model]: acc[r.model] + 1 }), { task_force: 0, jail_enforcement: 0, warrant_service_officer: 0 }))
    expect((await activeStats('2026-05-18')).total).toBe(1843)
    const removed = await db.agreementEvent.count({ where: { kind: 'removed', fromDate: '2026-05-18', toDate: '2026-06-01' } })
    expect(removed).toBe(10)

    const [back] = await parseListFile(await derivedWorkbook([]), { fileName: 'participatingAgencies06152026am.xlsx' })
    const relisted = await importList(db, back!, { actor })
    expect(relisted.counts).toMatchObject({ relisted: 10, removed: 0, added: 0 })
    expect((await activeStats('2026-06-15')).total).toBe(1843)
  })

  it('finds the header below title rows and reads text dates, serials, blank rows and extra columns', async () => {
    const bytes = await workbookOf([
      ['287(g) Participating Agencies'],
      ['Updated June 2026'],
      [],
      ['NOTES', 'SUPPORT TYPE ', 'STATE', 'LAW ENFORCEMENT AGENCY', 'SIGNED', 'TYPE'],
      ['x', 'Task Force Model ', 'TEXAS ', 'Smith County Sheriff’s Office ', '3/4/25', 'County '],
      [],
      ['', 'Warrant Service Officer', 'FLORIDA', 'Test Value Police Department', 45810, 'Municipality'],
    ])
    const [list] = await parseListFile(bytes, { fileName: 'participatingAgencies06202026am.xlsx' })
    expect(list!.rows.map((r) => [r.rowNumber, r.state, r.agencyName, r.model, r.signedOn, r.type])).toEqual([
      [5, 'TX', 'Smith County Sheriff’s Office', 'task_force', '2025-03-04', 'county'],
      [7, 'FL', 'Test Value Police Department', 'warrant_service_officer', '2025-06-02', 'municipality'],
    ])
  })

  it.each([
    ['a spreadsheet that is not a list', () => workbookOf([['Name', 'Amount'], ['a', 1]]), /not a 287\(g\) agency list/],
    ['a row with an unknown model', () => workbookOf([['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'], ['TEXAS', 'X Sheriff', 'Border Model', '1/1/25']]), /row 2: "Border Model" is not a 287\(g\) model/],
    ['a row with an unknown state', () => workbookOf([['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE', 'SIGNED'], ['TEXAS', 'A', 'Task Force Model', '1/1/25'], ['ATLANTIS', 'B', 'Task Force Model', '1/1/25']]), /row 3: "ATLANTIS" is not a U.S. state/],
    ['a participating list without SIGNED', () => workbookOf([['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE'], ['TEXAS', 'A', 'Task Force Model']]), /has no SIGNED column/],
    ['a truncated workbook', async () => readFileSync(LATEST_WORKBOOK).subarray(0, 5000), /damaged or truncated/],
    ['an old .xls file', async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), /Excel 97–2003/],
  ])('rejects %s with a message and writes nothing', async (_name, make, message) => {
    const before = dataChecksum()
    const bytes = await make()
    const attempt = parseListFile(bytes, { fileName: 'participatingAgencies06302026am.xlsx' }).then((lists) => Promise.all(lists.map((l) => importList(db, l, { actor }))))
    await expect(attempt).rejects.toBeInstanceOf(ImportError)
    await expect(parseListFile(bytes, { fileName: 'participatingAgencies06302026am.xlsx' })).rejects.toThrow(message)
    expect(dataChecksum()).toBe(before)
  })
})
