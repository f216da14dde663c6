import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'

test('/sources links the whole-dataset downloads and the OpenAPI document', async ({ page }) => {
  await page.goto('/sources#downloads')
  const section = page.getByRole('region', { name: 'Download everything' })
  await expect(section.getByRole('link', { name: 'The whole record as one SQLite file' })).toHaveAttribute('href', '/api/v1/download/database')
  await expect(section.getByRole('link', { name: 'Every row of every capture as one CSV' })).toHaveAttribute('href', '/api/v1/download/captures.csv')
  await expect(section.getByRole('link', { name: '/api/v1/openapi.json' })).toBeVisible()
})

test('the built server answers the database download with a SQLite file that holds no private table', async ({ request }) => {
  const res = await request.get('/api/v1/download/database', { timeout: 120_000 })
  expect(res.status()).toBe(200)
  expect(res.headers()['content-disposition']).toMatch(/filename="tracker-287g-public-\d{4}-\d{2}-\d{2}\.sqlite"/)
  const body = await res.body()
  expect(body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000')
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-download-'))
  try {
    writeFileSync(path.join(dir, 'public.sqlite'), body)
    const db = new Database(path.join(dir, 'public.sqlite'), { readonly: true })
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name)
    expect(tables).toContain('ListEntry')
    for (const t of ['User', 'Session', 'ApiToken', 'AuditLog', 'LoginAttempt', 'CorrectionSuggestion']) expect(tables).not.toContain(t)
    db.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const again = await request.get('/api/v1/download/database', { headers: { 'If-None-Match': res.headers()['etag']! } })
  expect(again.status()).toBe(304)
})

test('the OpenAPI document is served and names the downloads', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json()
  expect(doc.openapi).toBe('3.1.0')
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/download/database', '/download/captures.csv', '/agreements']))
})
