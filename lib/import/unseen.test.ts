import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { POST } from '../../app/api/v1/imports/route'
import { GET as active } from '../../app/api/v1/stats/active/route'
import { makeUser, type TestUser } from '../auth/testing'
import { db } from '../db'
import { takeOutCapture } from '../test/take-out'

// Two of ICE's own lists, each the only capture of its content and of its day, taken out of the record so that they are
// files the tracker has never seen. Expected counts are ICE's, as MANIFEST.tsv counts them (both lists have no duplicate or
// variant rows: rows = tf + jem + wso).
const manifest = new Map(readFileSync(path.resolve('prisma/data/ice-history/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
  const [file, , date, , , , , rows, tf, jem, wso] = line.split('\t')
  return [file!, { date: date!, rows: +rows!, byModel: { task_force: +tf!, jail_enforcement: +jem!, warrant_service_officer: +wso! } }]
}))
const VIA_CLI = 'participatingAgencies12092025pm.xlsx'
const VIA_API = 'participatingAgencies01232026am.xlsx'
const run = promisify(execFile)

async function answerFor(date: string) {
  return (await active(new NextRequest(`http://localhost/api/v1/stats/active?as_of=${date}`))).json()
}

function expectWithin3Percent(answer: { total: number }, rows: number) {
  expect(Math.abs(answer.total - rows) / rows).toBeLessThanOrEqual(0.03)
}

let admin: TestUser
const held = new Map<string, { content: Uint8Array; asOf: string }>()
beforeAll(async () => {
  admin = await makeUser('admin')
  for (const file of [VIA_CLI, VIA_API]) {
    const out = await takeOutCapture(db, file)
    expect(out.sharedVersion).toBe(false)
    held.set(file, out)
  }
}, 300_000)

describe('a participating list never seen, dated between two held captures', () => {
  it(`imports through the CLI (${VIA_CLI}); before, the answer for its date is within 3 %; after, it is ICE's count by model`, async () => {
    const expected = manifest.get(VIA_CLI)!
    expect(expected.date).toBe('2025-12-09')
    const before = await answerFor(expected.date)
    expect(before.basis.as_of < expected.date).toBe(true)
    expectWithin3Percent(before, expected.rows)

    const file = path.resolve('prisma/data/ice-history/participating', VIA_CLI)
    const out = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', file], { env: { ...process.env } })
    expect(out.stdout).toMatch(/imported as source list \d+/)
    const after = await answerFor(expected.date)
    expect(after.basis.as_of).toBe(expected.date)
    expect(after.by_model).toEqual(expected.byModel)
    expect(after.total).toBe(expected.rows)
  }, 180_000)

  it(`imports through POST /api/v1/imports (${VIA_API}) with the same result`, async () => {
    const expected = manifest.get(VIA_API)!
    expect(expected.date).toBe('2026-01-23')
    const before = await answerFor(expected.date)
    expect(before.basis.as_of < expected.date).toBe(true)
    expectWithin3Percent(before, expected.rows)

    const form = new FormData()
    form.set('file', new File([held.get(VIA_API)!.content as Uint8Array<ArrayBuffer>], VIA_API))
    const res = await POST(new NextRequest('http://localhost/api/v1/imports?apply=true', { method: 'POST', body: form, headers: { authorization: `Bearer ${admin.token}` } }))
    expect(res.status).toBe(201)
    expect((await res.json()).items[0]).toMatchObject({ applied: true, as_of: expected.date, rows: expected.rows })
    const after = await answerFor(expected.date)
    expect(after.basis.as_of).toBe(expected.date)
    expect(after.by_model).toEqual(expected.byModel)
  }, 180_000)
})
