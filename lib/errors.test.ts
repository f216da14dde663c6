import { afterEach, describe, expect, it } from 'vitest'
import { failureResponse } from './api'
import { db } from './db'
import { classifyError, failureOfDigest } from './errors'
import { ForbiddenError } from './auth/roles'

let n = 0
const write = () => db.policyEvent.create({ data: { slug: `errors-test-${n++}`, date: '2026-01-01', kind: 'memo', title: 'Test', summary: 'x'.repeat(4000) } })

async function failure(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn()
  } catch (err) {
    return err
  }
  throw new Error('expected the write to fail')
}

describe('known failures of a real SQLite database, through the app client', () => {
  afterEach(async () => {
    await db.$queryRawUnsafe('PRAGMA query_only = 0')
    await db.$queryRawUnsafe('PRAGMA max_page_count = 1073741823')
  })

  it('a read-only database is named read_only, reaches the error page by digest and answers 503 with its message', async () => {
    await db.$queryRawUnsafe('PRAGMA query_only = 1')
    const err = await failure(write)
    expect(classifyError(err)).toBe('read_only')
    expect(failureOfDigest((err as { digest?: string }).digest)).toBe('read_only')
    const res = failureResponse(err)
    expect(res.status).toBe(503)
    expect((await res.json()).error).toMatchObject({ code: 'read_only', message: expect.stringContaining('nothing was saved') })
  })

  it('a full disk is named storage_full and answers 507', async () => {
    const [row] = await db.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count')
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(row!.page_count)}`)
    const err = await failure(async () => {
      for (let i = 0; i < 500; i++) await write()
    })
    expect(classifyError(err)).toBe('storage_full')
    expect(failureOfDigest((err as { digest?: string }).digest)).toBe('storage_full')
    expect(failureResponse(err).status).toBe(507)
  })

  it('a missing role is forbidden (403); anything else is a 500 that says it was logged', async () => {
    expect(failureResponse(new ForbiddenError('admin')).status).toBe(403)
    const res = failureResponse(new Error('boom'))
    expect(res.status).toBe(500)
    expect((await res.json()).error.code).toBe('internal_error')
    expect(failureOfDigest('12345')).toBeNull()
  })
})
