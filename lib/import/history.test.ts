import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AgreementModel } from '../agreements/schema'
import { ImportError } from './errors'
import { parseListFile, type ListKind, type ParsedList } from './parse-list'

// The archive of every ICE list (../shared/data, provenance in its README). Tests may read it; the app may not.
const SHARED = path.resolve('../shared/data')
const HISTORY = path.join(SHARED, 'ice-history')

interface Entry { file: string; kind: ListKind; date: string; rows: number; tf: number; jem: number; wso: number }
const manifest: Entry[] = readFileSync(path.join(HISTORY, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
  const [file, kind, date, , , , , rows, tf, jem, wso] = line.split('\t')
  return { file: file!, kind: kind as ListKind, date: date!, rows: +rows!, tf: +tf!, jem: +jem!, wso: +wso! }
})
const bytesOf = (e: Entry) => readFileSync(path.join(HISTORY, e.kind, e.file))

// ICE swapped these two files on 2025-09-22 (README §5): each has the other kind's columns.
const SWAPPED: Record<string, ListKind> = { 'participatingAgencies09222025pm.xlsx': 'pending', 'pendingAgencies09222025pm.xlsx': 'participating' }

const parsed = new Map<string, ParsedList>()
let parseMs = 0
let cpuMs = 0

beforeAll(async () => {
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (const e of manifest) {
    const [list, ...more] = await parseListFile(bytesOf(e), { fileName: e.file, asOf: e.date, kind: SWAPPED[e.file] ?? e.kind })
    expect(more).toHaveLength(0)
    parsed.set(e.file, list!)
  }
  parseMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  cpuMs = (used.user + used.system) / 1000
  console.log(`parsed ${manifest.length} ICE lists in ${(cpuMs / 1000).toFixed(1)} s CPU (${(parseMs / 1000).toFixed(1)} s wall)`)
}, 600_000)

// The manifest counts a model only under ICE's exact label (trimmed); other spellings count in rows only.
const exact = (list: ParsedList, model: AgreementModel) => list.rows.filter((r) => r.model === model && !r.flags.includes('model_spelling')).length

describe('every archived ICE list', () => {
  it('holds 1,087 files', () => {
    expect(manifest).toHaveLength(1087)
  })

  it('parses each file to the manifest\'s rows and rows by model', () => {
    const mismatches = manifest.filter((e) => {
      const l = parsed.get(e.file)!
      const got = [l.rows.length + l.rowsWithoutModel.length, exact(l, 'task_force'), exact(l, 'jail_enforcement'), exact(l, 'warrant_service_officer')]
      return got.join() !== [e.rows, e.tf, e.jem, e.wso].join()
    })
    expect(mismatches.map((e) => e.file)).toEqual([])
  })

  it('flags and explains every row the manifest leaves out of the model counts', () => {
    const labels = new Set<string>()
    for (const e of manifest) {
      const l = parsed.get(e.file)!
      const flagged = [...l.rows, ...l.rowsWithoutModel].filter((r) => r.flags.includes('model_spelling') || r.flags.includes('missing_model'))
      expect(flagged.length, e.file).toBe(e.rows - e.tf - e.jem - e.wso)
      for (const r of flagged) labels.add(r.modelRaw.trim())
      if (flagged.length > 0) expect(l.warnings.join(' '), e.file).toMatch(/spell the model|blank SUPPORT TYPE/)
    }
    expect([...labels].sort()).toEqual(['', 'Jail Enforcment Model', 'Task Force Officer', 'Warrant Service Office', 'Warrant Services Officer'])
  })

  it('reads the swapped 2025-09-22 files only as the kind their columns show, and says why', async () => {
    for (const [file, kind] of Object.entries(SWAPPED)) {
      const e = manifest.find((m) => m.file === file)!
      const refused = await parseListFile(bytesOf(e), { fileName: file, asOf: e.date, kind: e.kind }).catch((err: unknown) => err)
      expect(refused).toBeInstanceOf(ImportError)
      expect((refused as ImportError).message).toMatch(new RegExp(`import it as kind "${kind}"`))
      expect(parsed.get(file)!.kind).toBe(kind)
      expect(parsed.get(file)!.warnings.join(' ')).toMatch(/file name suggests a (pending|participating) list/)
    }
  })

  it('marks the lists that stop at exactly 1,000 rows as possibly cut off', () => {
    const capped = manifest.filter((e) => parsed.get(e.file)!.possiblyTruncated).map((e) => e.file)
    expect(capped).toEqual(manifest.filter((e) => e.rows === 1000).map((e) => e.file))
    expect(capped).toHaveLength(11)
    for (const f of capped) expect(parsed.get(f)!.warnings.join(' ')).toMatch(/exactly 1,000 rows/)
  })

  it('keeps the seven empty November 2025 pending lists as empty lists with a warning', () => {
    const empty = manifest.filter((e) => parsed.get(e.file)!.rows.length === 0 && parsed.get(e.file)!.rowsWithoutModel.length === 0)
    expect(empty.map((e) => e.file).sort()).toEqual([
      'pendingAgencies11062025pm.xlsx', 'pendingAgencies11102025am.xlsx', 'pendingAgencies11142025pm.xlsx', 'pendingAgencies11182025am.xlsx',
      'pendingAgencies11192025am.xlsx', 'pendingAgencies11202025mid.xlsx', 'pendingAgencies11212025am.xlsx',
    ])
    for (const e of empty) expect(parsed.get(e.file)!.warnings.join(' ')).toMatch(/header and no rows/)
  })

  it('flags the task-force agreements printed twice in summer 2025 and names them', () => {
    const stCloud = parsed.get('participatingAgencies07032025pm.xlsx')!
    const dup = stCloud.rows.filter((r) => r.flags.includes('duplicate_in_list'))
    const stCloudRows = dup.filter((r) => r.agencyName === 'St. Cloud Police Department')
    expect(stCloudRows.map((r) => r.rowNumber)).toEqual([295, 296])
    expect(stCloudRows.map((r) => r.signedOn).sort()).toEqual(['2025-04-14', '2025-04-15'])
    expect(stCloud.warnings.join(' ')).toMatch(/St\. Cloud Police Department \(FL, task_force\) rows 295 & 296/)
    const volusia = [...parsed.values()].flatMap((l) => l.rows.filter((r) => r.flags.includes('duplicate_in_list') && /^Volusia County Sheriff/.test(r.agencyName)))
    expect(new Set(volusia.map((r) => r.signedOn))).toEqual(new Set(['2025-02-26']))
  })

  it('refuses the wrong-year file names when no date is given, and uses the manifest date with a warning when it is', async () => {
    for (const file of ['participatingAgencies01062025pm.xlsx', 'participatingAgencies01092025pm.xlsx', 'participatingAgencies11114025am.xlsx', 'participatingAgencies090022025am.xlsx']) {
      const e = manifest.find((m) => m.file === file)!
      await expect(parseListFile(bytesOf(e), { fileName: file })).rejects.toMatchObject({ code: expect.stringMatching(/^(bad_as_of|no_as_of)$/) })
    }
    expect(parsed.get('participatingAgencies01062025pm.xlsx')!.warnings.join(' ')).toMatch(/file name reads as 2025-01-06, but the list date 2026-01-06 was given/)
  })

  it('unwraps the Outlook SafeLinks around MOA links and keeps the raw link', () => {
    const rows = [...parsed.values()].flatMap((l) => l.rows).filter((r) => r.moaUrlRaw && /safelinks\.protection\.outlook\.com/.test(r.moaUrlRaw))
    expect(rows.length).toBeGreaterThan(1000)
    for (const r of rows) expect(r.moaUrl).toMatch(/^https?:\/\/www\.ice\.gov\//)
  })

  it('parses all of them in well under the seed budget (CPU time: the two cores are shared, so wall time measures the neighbours)', () => {
    expect(cpuMs).toBeLessThan(40_000)
  })
})

describe('the Deportation Data Project roster 2011–2017', () => {
  const file = path.join(SHARED, 'ddp/pre2018-roster-long.csv')
  const records: Record<string, string>[] = parse(readFileSync(file), { columns: true, bom: true })

  it('gives one roster per Wayback capture, dated by the capture, with ICE\'s caption date kept', async () => {
    const lists = await parseListFile(readFileSync(file), { fileName: 'pre2018-roster-long.csv' })
    const expected = new Map<string, { rows: number; tf: number; jem: number; content: string; caption: string }>()
    for (const r of records) {
      const e = expected.get(r.capture_date!) ?? { rows: 0, tf: 0, jem: 0, content: r.content_asof!, caption: r.caption! }
      e.rows += 1
      if (r.support_type === 'Task Force') e.tf += 1
      if (r.support_type === 'Jail Enforcement') e.jem += 1
      expected.set(r.capture_date!, e)
    }
    expect(expected.size).toBe(33)
    expect(lists.map((l) => [l.asOf, l.kind, l.rows.length, l.rows.filter((r) => r.model === 'task_force').length, l.rows.filter((r) => r.model === 'jail_enforcement').length, l.contentAsOf, l.caption])).toEqual(
      [...expected].map(([date, e]) => [date, 'roster', e.rows, e.tf, e.jem, e.content, e.caption || null]),
    )
    expect(lists.reduce((n, l) => n + l.rows.length, 0)).toBe(1472)
    expect(lists[0]!.warnings.join(' ')).toMatch(/caption date 2010-10-29.*heads several different captures/)
  })
})
