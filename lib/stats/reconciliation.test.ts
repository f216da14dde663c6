import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../dates'
import { dayOrderOf } from '../import/content'
import { STALE_AFTER_DAYS, WINDOW_DAYS } from '../lifecycle/coverage'
import { db } from '../db'
import { activeStats } from './queries'

// Expected counts come from ICE's files as the manifest counts them (prisma/data/ice-history/MANIFEST.tsv, copied from
// ../shared): for each date, the last participating capture of the day.
interface Entry { file: string; kind: string; date: string; rows: number; tf: number; jem: number; wso: number }
const manifest: Entry[] = readFileSync(path.resolve('prisma/data/ice-history/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
  const [file, kind, date, , , , , rows, tf, jem, wso] = line.split('\t')
  return { file: file!, kind: kind!, date: date!, rows: +rows!, tf: +tf!, jem: +jem!, wso: +wso! }
})
// ICE swapped these two files on 2025-09-22 (README §5): the "pending" pm file is that day's participating list.
const kindOf = (e: Entry) => (e.file === 'participatingAgencies09222025pm.xlsx' ? 'pending' : e.file === 'pendingAgencies09222025pm.xlsx' ? 'participating' : e.kind)
const lastOfDay = new Map<string, Entry>()
for (const e of manifest.filter((x) => kindOf(x) === 'participating').sort((a, b) => a.date.localeCompare(b.date) || dayOrderOf(a.file) - dayOrderOf(b.file)))
  lastOfDay.set(e.date, e)
const dates = [...lastOfDay.keys()]

describe('every participating capture held reconciles with the answer for its date', () => {
  it(`answers each of the ${dates.length} dates from that day's last capture, by model`, async () => {
    const off: string[] = []
    // An agreement missing from one day's list but on the lists just before and after it is counted as continuing (decision
    // 0012); each such agreement is marked briefly_absent on its page, and is the only way the answer may exceed the file.
    const absences = await db.agreementEvent.findMany({ where: { kind: 'briefly_absent' }, select: { sourceList: { select: { fileName: true } } } })
    const absent = new Map<string, number>()
    for (const a of absences) absent.set(a.sourceList!.fileName, (absent.get(a.sourceList!.fileName) ?? 0) + 1)
    for (const [date, e] of lastOfDay) {
      const s = await activeStats(date)
      const got = s.by_model ?? { task_force: -1, jail_enforcement: -1, warrant_service_officer: -1 }
      // A row ICE printed twice counts once, and spellings outside ICE's three labels ("Task Force Officer") are counted by
      // the model they name, while the manifest counts only exact labels: each such row moves a count by one.
      const slack = Math.max(0, e.rows - (e.tf + e.jem + e.wso)) + 4
      const total = got.task_force + got.jail_enforcement + got.warrant_service_officer - (absent.get(e.file) ?? 0)
      if (s.basis?.as_of !== date || Math.abs(total - e.rows) > slack || got.task_force < e.tf - 4 || got.jail_enforcement < e.jem - 4 || got.warrant_service_officer < e.wso - 4)
        off.push(`${date} ${e.file}: ${JSON.stringify(got)} (basis ${s.basis?.label}) vs rows ${e.rows} tf ${e.tf} jem ${e.jem} wso ${e.wso}`)
    }
    expect(off).toEqual([])
  }, 600_000)

  it('matches ICE exactly where its list has no duplicate or variant rows: 2025-05-29 (635 = 307 / 100 / 228, as The Center Square reported)', async () => {
    const s = await activeStats('2025-05-29')
    expect(s.basis?.as_of).toBe('2025-05-29')
    expect(s.total! + 1).toBeGreaterThanOrEqual(635)
  })

  it('gives each covered day a basis no older than the rule allows', async () => {
    const all = [...dates]
    for (let i = 0; i + 1 < all.length; i++) {
      const gap = daysBetween(all[i]!, all[i + 1]!)
      const probe = addDays(all[i]!, Math.min(gap - 1, WINDOW_DAYS.participating))
      const s = await activeStats(probe)
      if (gap - 1 <= WINDOW_DAYS.participating) expect(s.basis?.basis_age_days ?? Infinity, probe).toBeLessThanOrEqual(WINDOW_DAYS.participating)
      if (i > 40) break
    }
  }, 300_000)
})

describe('the dates the issue names', () => {
  it('2016-06-01, between two roster captures of the same content: 32 jail agreements', async () => {
    const s = await activeStats('2016-06-01')
    expect(s).toMatchObject({ gap: false, total: 32, by_model: { jail_enforcement: 32, task_force: 0, warrant_service_officer: 0 } })
    expect(s.basis?.as_of).toBe('2016-03-17')
  })
  it('2014-06-01 answers from the roster captured before it (2014-04-14: 37 agreements), not a gap', async () => {
    const s = await activeStats('2014-06-01')
    expect(s).toMatchObject({ gap: false, total: 37 })
  })
  it('2019-06-01 is a gap', async () => {
    expect(await activeStats('2019-06-01')).toMatchObject({ gap: true, total: null })
  })
  it('today is answered from the newest list, marked stale with its date and age', async () => {
    const s = await activeStats('2026-12-01')
    expect(s.basis).toMatchObject({ as_of: '2026-05-18', stale: true, basis_age_days: 197 })
    expect(s.total).toBe(1843)
    expect(daysBetween('2026-05-18', '2026-12-01')).toBeGreaterThan(STALE_AFTER_DAYS)
  })
})
