import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { dataChecksum } from '../lib/test/db-checksum'
import { derivedWorkbook } from '../lib/test/workbooks'

const run = promisify(execFile)
const cli = (args: string[]) =>
  run(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', ...args], { env: { ...process.env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  )

describe('npm run import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'))

  it('imports an unseen workbook, taking its date from the file name, and prints the counts', async () => {
    const file = path.join(dir, 'participatingAgencies07012026pm.xlsx')
    writeFileSync(file, await derivedWorkbook([5, 6, 7]))
    const dry = await cli([file, '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/as of 2026-07-01, 1840 rows — dry run/)
    expect(dry.stdout).toMatch(/added 0 · re-listed 0 · removed 3 · unchanged 1840 · flagged 0/)
    const real = await cli([file])
    expect(real.stdout).toMatch(/imported as source list \d+/)
    expect(real.stdout).toMatch(/by model: task force \d+ · jail enforcement \d+ · warrant service officer \d+/)
    const before = dataChecksum()
    const again = await cli([file])
    expect(again.stdout).toMatch(/already imported/)
    expect(dataChecksum()).toBe(before)
  }, 120_000)

  it('exits non-zero with a clear message on bad input and writes nothing', async () => {
    const before = dataChecksum()
    const notAList = path.join(dir, 'notes.csv')
    writeFileSync(notAList, 'name,amount\na,1\n')
    const undated = path.join(dir, 'list.csv')
    writeFileSync(undated, 'STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED\nTEXAS,A Sheriff,Task Force Model,1/2/25\n')
    for (const [args, message] of [
      [[notAList, '--as-of', '2026-01-01'], /not a 287\(g\) agency list/],
      [[path.join(dir, 'missing.xlsx')], /no such file/],
      [[notAList, '--as-of', '2026-02-30'], /not a real calendar date/],
      [[undated], /as-of date of list.csv is not in its file name/],
      [[], /Usage/],
    ] as const) {
      const res = await cli([...args])
      expect(res.code).not.toBe(0)
      expect(res.stderr).toMatch(message)
    }
    expect(dataChecksum()).toBe(before)
  }, 120_000)
})
