import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { POST } from '../../app/api/v1/imports/route'
import { importAction } from '../admin/actions/import'
import { SESSION_COOKIE } from '../auth/session'
import { checksumWithoutTokenUse as dataChecksum, makeUser, type TestUser } from '../auth/testing'
import { jar } from '../auth/testing-next'
import { db } from '../db'
import { derivedWorkbook } from '../test/workbooks'
import { ImportError } from './errors'
import { importFile } from './import-file'
import { importQueueState } from './queue'
import { runInWorker, spareWorkerPid, stopSpareWorker, warmWorker, WORKER_SETTINGS } from './worker-process'

vi.mock('next/headers', async () => (await import('../auth/testing-next')).nextHeadersMock)
vi.mock('next/cache', async () => (await import('../auth/testing-next')).nextCacheMock)

// ICE's 2026-05-18 list has 1,843 agreement rows; sheet rows 2..6 (five agreements) are removed for this test only.
const ICE_ROWS = 1843
const REMOVED = [2, 3, 4, 5, 6]
const MB = 1024 * 1024

let admin: TestUser
let workbook: Buffer

beforeAll(async () => {
  admin = await makeUser('admin')
  workbook = await derivedWorkbook(REMOVED)
})
afterAll(() => stopSpareWorker())

const form = (fields: Record<string, string | File>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
// duplex: a stream body (the chunked upload below) needs it, and the DOM typings do not know it yet.
const api = (body: BodyInit, query = '', headers: Record<string, string> = {}) =>
  POST(new NextRequest(new Request(`http://localhost/api/v1/imports${query}`, { method: 'POST', body, headers: { authorization: `Bearer ${admin.token}`, ...headers }, duplex: 'half' } as RequestInit)))
/** fn's result and the CPU time this process (the server, in production) spent while it ran, in ms. */
async function cpuMsOf<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.cpuUsage()
  const result = await fn()
  const used = process.cpuUsage(start)
  return [result, (used.user + used.system) / 1000]
}
const upload = (bytes: Uint8Array | string, name: string, query = '') => api(form({ file: new File([bytes as BlobPart], name) }), query)

describe('imports run in a worker process', () => {
  it('the admin form previews and applies a real workbook, the work done outside the server’s process', async () => {
    jar.set(SESSION_COOKIE, admin.cookie)
    const file = new File([new Uint8Array(workbook)], 'participatingAgencies06052026am.xlsx')
    const [preview, previewCpu] = await cpuMsOf(() => importAction({}, form({ file })))
    const before = dataChecksum()
    expect(preview.error).toBeUndefined()
    expect(preview.results![0]).toMatchObject({ applied: false, asOf: '2026-06-05', rows: ICE_ROWS - REMOVED.length, counts: { removed: REMOVED.length, added: 0 } })
    const [applied, applyCpu] = await cpuMsOf(() => importAction({}, form({ file, apply: 'yes', sha256: preview.results![0]!.sha256 })))
    expect(applied).toMatchObject({ applied: true, results: [{ applied: true, counts: preview.results![0]!.counts }] })
    // In this process the preview alone costs about 2 s of CPU (parsing 1,838 rows, planning) and the apply more (the
    // lifecycle rebuild); here only the upload, the process start and the answer are left.
    expect(previewCpu + applyCpu).toBeLessThan(600)
    expect(dataChecksum()).not.toBe(before)
    const source = await db.sourceList.findFirstOrThrow({ where: { kind: 'participating', asOf: '2026-06-05' }, select: { id: true, rowCount: true } })
    expect(source.rowCount).toBe(ICE_ROWS - REMOVED.length)
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'SourceList', recordId: String(source.id) }, select: { channel: true, actor: true } })
    expect(audit).toEqual({ channel: 'form', actor: admin.email })
  }, 180_000)

  it('the apply after a preview runs in the process that previewed, which then exits', async () => {
    const opts = { fileName: 'participatingAgencies06082026am.xlsx', actor: { actor: 'test', channel: 'cli' as const } }
    const bytes = new Uint8Array(workbook)
    const [preview] = await runInWorker({ bytes, opts: { ...opts, dryRun: true } })
    const previewer = spareWorkerPid()
    expect(previewer).toBeTypeOf('number')
    const [applied] = await runInWorker({ bytes, opts: { ...opts, expectSha256: preview!.sha256 } })
    expect(applied).toMatchObject({ applied: true, asOf: '2026-06-08', counts: preview!.counts })
    // Gone after the apply (its memory returned); the next spare is a new process.
    await vi.waitFor(() => expect(() => process.kill(previewer!, 0)).toThrow())
    await warmWorker()
    expect(spareWorkerPid()).not.toBe(previewer)
  }, 180_000)

  it('refuses a damaged workbook with the message the in-process importer gives, and writes nothing', async () => {
    jar.set(SESSION_COOKIE, admin.cookie)
    const damaged = new Uint8Array(workbook.subarray(0, 4000))
    const inProcess = await importFile(db, damaged, { fileName: 'participatingAgencies06102026am.xlsx', dryRun: true, actor: { actor: 'test', channel: 'cli' } }).then(
      () => 'imported', (e: Error) => e.message)
    expect(inProcess).toMatch(/damaged or truncated|could not be read/)
    const before = dataChecksum()
    const state = await importAction({}, form({ file: new File([damaged], 'participatingAgencies06102026am.xlsx'), apply: 'yes', sha256: 'x' }))
    expect(state.error).toBe(`Not imported: ${inProcess}`)
    const res = await upload(damaged, 'participatingAgencies06102026am.xlsx', '?apply=true')
    expect(res.status).toBe(422)
    expect((await res.json()).error).toEqual({ code: 'unreadable', message: inProcess, field: 'file' })
    expect(dataChecksum()).toBe(before)
  })

  // Its time is measured where load cannot fail it: CPU time in limits.test.ts, wall time in bench/import-stall.ts.
  it('refuses a 10 MB CSV of blank lines, or of empty cells, through the worker with a specific error, writing nothing', async () => {
    const before = dataChecksum()
    for (const [line, code, message] of [
      ['\n', 'no_header', /is not a 287\(g\) agency list: no row among the first 30/],
      [',,,,\n', 'too_many_rows', /more than 10,000 blank rows/],
    ] as const) {
      const csv = line.repeat(Math.floor((10 * MB) / line.length))
      await warmWorker()
      const res = await upload(csv, 'participatingAgencies06152026am.csv', '?apply=true')
      expect(res.status).toBe(422)
      const { error } = await res.json()
      expect(error.code).toBe(code)
      expect(error.message).toMatch(message)
    }
    expect(dataChecksum()).toBe(before)
  })

  it('stops a chunked upload (no Content-Length) at the limit, counting the bytes received', async () => {
    const before = dataChecksum()
    let sent = 0
    const chunk = new Uint8Array(MB).fill(0x41)
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= 40 * MB) c.close()
        else { sent += chunk.length; c.enqueue(chunk) }
      },
    })
    const res = await api(body, '?apply=true', { 'content-type': 'multipart/form-data; boundary=x' })
    expect(res.status).toBe(413)
    expect((await res.json()).error.message).toMatch(/larger than the 10 MB limit; it was stopped after 1\d\.\d MB/)
    expect(sent).toBeLessThan(20 * MB)
    expect(dataChecksum()).toBe(before)
  })

  it('runs one import at a time: a second waits its turn, and past three waiting a new one is refused', async () => {
    const file = await derivedWorkbook([7, 8])
    const name = 'participatingAgencies06202026am.xlsx'
    const damaged = new Uint8Array(file.subarray(0, 4000))
    const calls = [upload(file, name, '?apply=true'), upload(file, name, '?apply=true')]
    await vi.waitFor(() => expect(importQueueState()).toEqual({ running: true, waiting: 1 }))
    calls.push(upload(damaged, name, '?apply=true'), upload(damaged, name, '?apply=true'))
    await vi.waitFor(() => expect(importQueueState()).toEqual({ running: true, waiting: 3 }))
    const busy = await upload(damaged, name, '?apply=true')
    expect(busy.status).toBe(503)
    expect((await busy.json()).error).toMatchObject({ code: 'busy', message: expect.stringMatching(/4 imports are already running or waiting/) })
    const answers = await Promise.all(calls)
    // Had the two applies of one file run side by side, both would have planned against the data without the other's write.
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201, 422, 422])
    expect(await answers.find((r) => r.status === 200)!.json()).toMatchObject({ applied: false, duplicate: true })
    expect(importQueueState()).toEqual({ running: false, waiting: 0 })
    expect(await db.sourceList.count({ where: { kind: 'participating', asOf: '2026-06-20' } })).toBe(1)
  })

  it('reports a worker that runs out of memory as not imported, and nothing is written', async () => {
    const before = dataChecksum()
    const job = { bytes: new Uint8Array(workbook), opts: { fileName: 'participatingAgencies06252026am.xlsx', actor: { actor: 'test', channel: 'cli' as const } } }
    const error = await runInWorker(job, { ...WORKER_SETTINGS, heapMb: 8 }).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe('worker_failed')
    expect((error as ImportError).message).toMatch(/^The import did not finish: .*Nothing was written\.$/)
    expect(dataChecksum()).toBe(before)
  })
})
