import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ImportError } from './errors'
import { DEFAULT_LIMITS } from './limits'
import { parseListFile } from './parse-list'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
const MB = 1024 * 1024
const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,SUPPORT TYPE,SIGNED\n'

const fill = (text: string, bytes: number) => Buffer.from(HEADER + text.repeat(Math.floor((bytes - HEADER.length) / text.length)))

// CPU time of this process: on two cores shared with up to seven other builds, wall time measures the neighbours.
async function refusal(bytes: Uint8Array) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const err = await parseListFile(bytes, { fileName: 'hostile_2025-07-18.csv' }).catch((e: unknown) => e)
  const used = process.cpuUsage(cpu)
  return { err: err as ImportError, ms: (used.user + used.system) / 1000, wallMs: performance.now() - started }
}

describe('limits checked while reading', () => {
  it.each([
    ['10 MB of blank lines', () => fill('\n', 10 * MB - 1), 'no_rows'],
    ['10 MB of blank CRLF lines with commas', () => fill(',,,\r\n', 10 * MB - 1), 'too_many_rows'],
    ['10 MB of one-cell lines', () => fill('TEXAS\n', 10 * MB - 1), 'too_many_rows'],
    ['one 10 MB cell', () => Buffer.concat([Buffer.from(`${HEADER}TEXAS,"`), Buffer.alloc(10 * MB - 100, 'x'), Buffer.from('",Task Force Model,1/1/25\n')]), 'cell_too_long'],
    ['one quoted 9 MB cell split over short lines', () => Buffer.concat([Buffer.from(`${HEADER}TEXAS,"`), Buffer.from(`${'x'.repeat(79)}\n`.repeat(9 * MB / 80)), Buffer.from('",Task Force Model,1/1/25\n')]), 'cell_too_long'],
    ['a row of a million tiny columns', () => fill('a,', 2 * MB + 200), 'cell_too_long'],
    ['a row of five million empty columns', () => fill(',', 5 * MB), 'cell_too_long'],
    ['rows of 2,000 columns each', () => fill(`${'x,'.repeat(2000)}\n`, 2 * MB), 'too_many_columns'],
  ])('%s is refused in under 5 s of CPU with a specific error, and memory returns', async (_name, make, code) => {
    gc()
    const before = process.memoryUsage().rss
    let bytes: Buffer | null = make()
    const { err, ms, wallMs } = await refusal(bytes)
    bytes = null
    gc()
    const after = process.memoryUsage().rss
    console.log(`${_name}: ${err?.code} in ${ms.toFixed(0)} ms CPU (${wallMs.toFixed(0)} ms wall); RSS ${(before / MB).toFixed(0)} → ${(after / MB).toFixed(0)} MB`)
    expect(err).toBeInstanceOf(ImportError)
    expect(err.code).toBe(code)
    expect(ms).toBeLessThan(5000)
    expect(after - before).toBeLessThan(100 * MB)
  })

  it('reads a 40,000-row CSV in linear time (within the limits)', async () => {
    const csv = (n: number) => Buffer.from(HEADER + Array.from({ length: n }, (_, i) => `TEXAS,Agency ${i} Police Department,Task Force Model,3/4/25\n`).join(''))
    const time = async (bytes: Buffer) => {
      const started = performance.now()
      const [list] = await parseListFile(bytes, { fileName: 'big_2025-07-18.csv' })
      return { ms: performance.now() - started, list: list! }
    }
    const small = await time(csv(10_000))
    const big = await time(csv(40_000))
    console.log(`10,000-row CSV parsed in ${small.ms.toFixed(0)} ms, 40,000-row CSV in ${big.ms.toFixed(0)} ms`)
    expect(big.list.rows).toHaveLength(40_000)
    expect(big.list.rows[39_999]!.agencyName).toBe('Agency 39999 Police Department')
    // Four times the rows; quadratic work would take sixteen times as long.
    expect(big.ms / small.ms).toBeLessThan(8)
  })

  it('stops a file that takes longer than the wall-time limit, and one over the row limit', async () => {
    const bytes = Buffer.from(HEADER + 'TEXAS,A Sheriff,Task Force Model,3/4/25\n'.repeat(5000))
    await expect(parseListFile(bytes, { fileName: 'slow_2025-07-18.csv', limits: { ...DEFAULT_LIMITS, maxMillis: 0 } })).rejects.toMatchObject({ code: 'too_slow' })
    await expect(parseListFile(bytes, { fileName: 'long_2025-07-18.csv', limits: { ...DEFAULT_LIMITS, maxRows: 1000 } })).rejects.toThrow(/more than 1,000 rows/)
  })

  it('refuses a file over the byte limit before reading it', async () => {
    const err = await refusal(Buffer.alloc(10 * MB + 1, 'a'))
    expect(err.err.code).toBe('too_large')
  })
})
