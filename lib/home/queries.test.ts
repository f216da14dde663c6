import { describe, expect, it } from 'vitest'
import { db } from '../db'
import { importList } from '../import/apply'
import { parseListFile } from '../import/parse-list'
import { derivedWorkbook } from '../test/workbooks'
import { getHomeCharts, getNewestList, listWeekChanges } from './queries'

const actor = { actor: 'test', channel: 'cli' as const }

// Expected values come from ICE's files (prisma/data/README.md, /work/shared/data/README.md): the 2026-05-18 workbook
// has 1,843 rows; the 2025-07-18 one 832; the 2025-01-04 page table 135; the 10/16/2012 roster 17 task forces.
describe('the front page on the lists the seed holds', () => {
  it('names the newest ICE list by ICE’s date and its age, not the import date', async () => {
    expect(await getNewestList('2026-12-01')).toMatchObject({
      as_of: '2026-05-18',
      file: 'participatingAgencies05182026am.xlsx',
      label: 'ICE list of 2026-05-18',
      age_days: 197,
    })
    expect((await getNewestList('2026-05-18'))?.age_days).toBe(0)
  })

  it('draws the surge up to the newest list and no further, with gaps before the first 2025 list', async () => {
    const { surge, phaseOut, phaseOutJail } = await getHomeCharts('2026-05-18')
    const at = (m: string) => surge.find((p) => p.month === m)?.value
    expect(surge.at(-1)).toEqual({ month: '2026-05', value: 1843 })
    // Month-end values from MANIFEST.tsv: 2025-07-30 pm 875 rows; 2025-01 and 2024-08 extractions of ICE's table, 135 rows.
    expect(at('2025-07')).toBe(875)
    expect(at('2025-01')).toBe(135)
    expect(at('2024-08')).toBe(135)
    const tf = (m: string) => phaseOut.find((p) => p.month === m)?.value
    expect(tf('2010-10')).toBe(25)
    expect(tf('2012-10')).toBe(17)
    expect(tf('2013-01')).toBe(0)
    expect(phaseOutJail.find((p) => p.month === '2013-01')?.value).toBe(39)
  })

  it('compares the newest list with the newest one at least a week older and says how far apart they are', async () => {
    const week = await listWeekChanges()
    // The newest capture at least a week before 2026-05-18 is participatingAgencies05112026am.xlsx (1,797 rows, MANIFEST.tsv).
    expect(week).toMatchObject({ from: { as_of: '2026-05-11' }, to: { as_of: '2026-05-18' }, days: 7 })
    expect(week!.added.length - week!.removed.length).toBe(1843 - 1797)
  })
})

describe('this week’s changes after a new list', () => {
  it('counts the rows dropped from the list a week later, by agency', async () => {
    // ICE's 2026-05-18 workbook without sheet rows 2 and 3 (Autauga County Sheriff's Office, task force and WSO), dated a week later.
    const [list] = await parseListFile(await derivedWorkbook([2, 3]), { fileName: 'participatingAgencies05252026am.xlsx' })
    await importList(db, list!, { actor })
    const week = await listWeekChanges()
    expect(week).toMatchObject({ from: { as_of: '2026-05-18' }, to: { as_of: '2026-05-25' }, days: 7 })
    expect(week!.added).toEqual([])
    expect(week!.removed.map((r) => [r.agency, r.state, r.model])).toEqual([
      ["Autauga County Sheriff's Office", 'AL', 'task_force'],
      ["Autauga County Sheriff's Office", 'AL', 'warrant_service_officer'],
    ])
  })
})
