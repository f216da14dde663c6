import { rmSync } from 'node:fs'
import { Readable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parse } from 'csv-parse'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '@/bench/synth'

// 50 seeded synthetic copies of the real record (bench/synth.ts; its own file, never the real database): 106,350
// agreements, 103,450 of them with a status period on today's date.
const SYNTH = 'bench/data/test-exports-50x.db'
let GET: (r: NextRequest) => Promise<Response>

beforeAll(async () => {
  generate(process.env.DATABASE_URL!.replace(/^file:/, ''), SYNTH, 50, 287)
  // This file imports no module that reads the database before this line, so its client opens the synthetic copy.
  process.env.DATABASE_URL = `file:${SYNTH}`
  GET = (await import('./agreements/route')).GET
}, 120_000)
afterAll(() => {
  for (const ext of ['', '-wal', '-shm']) rmSync(SYNTH + ext, { force: true })
})

const req = (q: string) => new NextRequest(new URL(`/api/v1/agreements?${q}`, 'http://localhost'))

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
/** Live heap after a full collection: what is retained, not garbage not yet collected. */
const heapMb = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20)

/** Reads a streamed CSV record by record, keeping only the ids, and measures the retained heap halfway through. */
async function readCsv(res: Response, total: number, before: number) {
  const ids = new Set<string>()
  let retainedMb = 0
  const parser = Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream).pipe(parse({ columns: true }))
  for await (const r of parser as AsyncIterable<{ id: string }>) {
    ids.add(r.id)
    if (ids.size === Math.floor(total / 2)) retainedMb = heapMb() - before
  }
  return { ids, retainedMb }
}

describe('exports at 100k rows (synthetic)', () => {
  it('the CSV streams every one of 100,000+ rows once, in constant memory', async () => {
    const { total } = await (await GET(req('status=all&per_page=1'))).json()
    expect(total).toBeGreaterThan(100_000)
    const before = heapMb()
    const res = await GET(req('status=all&format=csv'))
    expect(res.status).toBe(200)
    const { ids, retainedMb } = await readCsv(res, total, before)
    expect(ids.size).toBe(total)
    // Halfway, the export holds the matching ids (8 bytes a row) and one chunk of 500 rows; the rows read so far as
    // objects would be well over 100 MB, the CSV text so far about 18 MB. The test's own Set of 50,000 ids is a few MB.
    expect(retainedMb).toBeLessThan(40)
  }, 600_000)

  it('the JSON export streams the same rows, sorted by agency name', async () => {
    const res = await GET(req('status=all&format=export&sort=agency'))
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: { id: number; agency: { name: string } }[] }
    expect(body.items.length).toBeGreaterThan(100_000)
    expect(new Set(body.items.map((i) => i.id)).size).toBe(body.items.length)
    const names = body.items.map((i) => i.agency.name)
    // SQLite's binary order, which JavaScript's < matches for these names.
    expect(names.findIndex((n, i) => i > 0 && names[i - 1]! > n)).toBe(-1)
  }, 600_000)
})
