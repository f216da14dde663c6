import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { PATCH } from '../../app/api/v1/agreements/[id]/route'
import { POST } from '../../app/api/v1/imports/route'
import { GET as activeStats } from '../../app/api/v1/stats/active/route'
import { GET as snapshotDiff } from '../../app/api/v1/snapshots/diff/route'
import { checksumWithoutTokenUse as dataChecksum, makeRevokedToken, makeUser, type TestUser } from '../auth/testing'
import { db } from '../db'
import { derivedWorkbook } from '../test/workbooks'

// A workbook derived from ICE's real 2026-05-18 list for this test only (never seeded):
// sheet rows 2..11 (the first ten agreements) removed, saved under a new date.
const REMOVED_SHEET_ROWS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const DERIVED_NAME = 'participatingAgencies06012026am.xlsx'

let admin: TestUser
let editor: TestUser
let workbook: Buffer

beforeAll(async () => {
  admin = await makeUser('admin')
  editor = await makeUser('editor')
  workbook = await derivedWorkbook(REMOVED_SHEET_ROWS)
})

function upload(token: string | undefined, query = '') {
  const form = new FormData()
  form.set('file', new File([new Uint8Array(workbook)], DERIVED_NAME))
  return POST(new NextRequest(`http://localhost/api/v1/imports${query}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} }))
}

function patch(id: number, body: unknown, headers: Record<string, string>) {
  return PATCH(new NextRequest(`http://localhost/api/v1/agreements/${id}`, { method: 'PATCH', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }), { params: Promise.resolve({ id: String(id) }) })
}

describe('POST /api/v1/imports', () => {
  it('refuses without credentials (401), with a revoked token (401) and to an editor (403), changing nothing', async () => {
    const revoked = await makeRevokedToken('admin')
    const before = dataChecksum()
    expect((await upload(undefined, '?apply=true')).status).toBe(401)
    expect((await upload(revoked, '?apply=true')).status).toBe(401)
    const res = await upload(editor.token, '?apply=true')
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
    expect(dataChecksum()).toBe(before)
  })

  it('previews a list it has never seen against the previous list, applies it, and then counts it', async () => {
    const previous = await db.sourceList.findFirstOrThrow({ where: { kind: 'participating', asOf: '2026-05-18' }, select: { id: true } })
    const handRemoved = await db.listEntry.findMany({ where: { sourceListId: previous.id, rowNumber: { in: REMOVED_SHEET_ROWS } }, select: { agency: { select: { name: true } } } })

    const before = dataChecksum()
    const res = await upload(admin.token)
    expect(res.status).toBe(200)
    const preview = (await res.json()).items[0]
    expect(dataChecksum()).toBe(before)
    expect(preview).toMatchObject({ applied: false, as_of: '2026-06-01', rows: 1833, previous: { id: previous.id }, counts: { added: 0, removed: 10, relisted: 0, unchanged: 1833 } })
    expect(preview.examples.removed.map((e: { agency: string }) => e.agency).sort()).toEqual(handRemoved.map((e) => e.agency.name).sort())

    const applied = await upload(admin.token, '?apply=true')
    expect(applied.status).toBe(201)
    const body = (await applied.json()).items[0]
    expect(body).toMatchObject({ applied: true, counts: preview.counts })
    const stats = await (await activeStats(new NextRequest('http://localhost/api/v1/stats/active?as_of=2026-06-01'))).json()
    expect(stats.total).toBe(1833)
    expect(stats.by_model).toEqual(preview.by_model)
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'SourceList', recordId: String(body.source_list_id) }, select: { channel: true, actor: true } })
    expect(audit).toEqual({ channel: 'api', actor: admin.email })

    const diff = await (await snapshotDiff(new NextRequest(`http://localhost/api/v1/snapshots/diff?from=${previous.id}&to=${body.source_list_id}`))).json()
    expect(diff.counts).toMatchObject({ added: 0, removed: 10 })

    const again = dataChecksum()
    const dup = await (await upload(admin.token, '?apply=true')).json()
    expect(dup).toMatchObject({ applied: false, duplicate: true })
    expect(dup.items[0].message).toMatch(/Already imported as source list/)
    expect(dataChecksum()).toBe(again)
  }, 180_000)

  it('rejects a corrupt file with a specific message and writes nothing', async () => {
    const before = dataChecksum()
    const form = new FormData()
    form.set('file', new File([new Uint8Array(workbook.subarray(0, 4000))], 'participatingAgencies06102026am.xlsx'))
    const res = await POST(new NextRequest('http://localhost/api/v1/imports?apply=true', { method: 'POST', body: form, headers: { authorization: `Bearer ${admin.token}` } }))
    expect(res.status).toBe(422)
    expect((await res.json()).error.message).toMatch(/damaged or truncated|could not be read/)
    expect(dataChecksum()).toBe(before)
  })
})

describe('PATCH /api/v1/agreements/:id', () => {
  const body = { expires_on: '2027-03-31', reason: 'MOA renewal published by ICE', source_url: 'https://www.ice.gov/identify-and-arrest/287g' }

  it('refuses without credentials and with a revoked token (401), changing nothing', async () => {
    const a = await db.agreement.findFirstOrThrow({ select: { id: true, version: true } })
    const revoked = await makeRevokedToken('editor')
    const before = dataChecksum()
    expect((await patch(a.id, body, { 'if-match': String(a.version) })).status).toBe(401)
    expect((await patch(a.id, body, { 'if-match': String(a.version), authorization: `Bearer ${revoked}` })).status).toBe(401)
    expect((await patch(a.id, body, { 'if-match': String(a.version), authorization: 'Bearer t287_forged' })).status).toBe(401)
    expect(dataChecksum()).toBe(before)
    expect(await db.agreement.findUniqueOrThrow({ where: { id: a.id }, select: { version: true } })).toEqual({ version: a.version })
  })

  it('applies an editor’s change with If-Match, audits it, and answers 412 with what changed to a stale version', async () => {
    const a = await db.agreement.findFirstOrThrow({ where: { signedOn: { lt: '2026-01-01' }, expiresOn: null }, select: { id: true, version: true, signedOn: true } })
    const auth = { authorization: `Bearer ${editor.token}` }
    const ok = await patch(a.id, body, { ...auth, 'if-match': `"${a.version}"` })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ version: a.version + 1, changed: { expires_on: [null, '2027-03-31'] } })
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordType: 'Agreement', recordId: String(a.id) }, orderBy: { id: 'desc' }, select: { channel: true, reason: true, sourceUrl: true, diff: true } })
    expect(audit).toMatchObject({ channel: 'api', reason: body.reason, sourceUrl: body.source_url })
    expect(JSON.parse(audit.diff)).toMatchObject({ expiresOn: [null, '2027-03-31'], version: [a.version, a.version + 1] })

    const before = dataChecksum()
    const stale = await patch(a.id, { ...body, expires_on: '2028-01-01' }, { ...auth, 'if-match': String(a.version) })
    expect(stale.status).toBe(412)
    const conflict = await stale.json()
    expect(conflict).toMatchObject({ error: { code: 'version_conflict' }, current_version: a.version + 1 })
    expect(conflict.changes_since[0]).toMatchObject({ by: editor.email, diff: { expires_on: [null, '2027-03-31'] } })
    expect(dataChecksum()).toBe(before)

    const bad = await patch(a.id, { ...body, expires_on: '2001-01-01' }, { ...auth, 'if-match': String(a.version + 1) })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatchObject({ field: 'expires_on' })
    const noIfMatch = await patch(a.id, body, auth)
    expect(noIfMatch.status).toBe(428)
    const unknown = await patch(a.id, { ...body, model: 'task_force' }, { ...auth, 'if-match': String(a.version + 1) })
    expect(unknown.status).toBe(400)
    expect(dataChecksum()).toBe(before)
  })

  it('records a termination as a lifecycle event and rebuilds the status periods', async () => {
    const a = await db.agreement.findFirstOrThrow({ where: { signedOn: { lt: '2026-01-01' }, periods: { some: { status: 'active', startOn: { lte: '2026-06-30' }, OR: [{ endOn: null }, { endOn: { gt: '2026-07-01' } }] } } }, select: { id: true, version: true } })
    const res = await patch(a.id, { status: 'terminated', status_on: '2026-06-30', reason: 'County ended the agreement', source_url: 'https://example.org/board-minutes.pdf' }, { authorization: `Bearer ${editor.token}`, 'if-match': String(a.version) })
    expect(res.status).toBe(200)
    const after = await db.statusPeriod.findFirstOrThrow({ where: { agreementId: a.id, startOn: { lte: '2026-07-01' }, OR: [{ endOn: null }, { endOn: { gt: '2026-07-01' } }] }, select: { status: true } })
    expect(after.status).toBe('terminated')
    expect(await db.agreementEvent.count({ where: { agreementId: a.id, kind: 'terminated', onDate: '2026-06-30', derived: false } })).toBe(1)
  })
})
