import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { derivedWorkbook, LATEST_WORKBOOK, sheetRows } from '../lib/test/workbooks'

// Public pages and the read API are served from Next's data cache (docs/decisions/0015-read-cache.md). Each test loads
// the pages that show a figure (so they are cached and show the old value), makes one kind of write as the role that
// may, and reads each page once more: the new value must be on that very next request (no reload, no retry).
test.describe.configure({ mode: 'serial' })

const dbUrl = `file:${path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')}`
const run = Date.now().toString(36)
const users = {
  editor: { email: `cache-editor-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'editor' },
  admin: { email: `cache-admin-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'admin' },
}

test.beforeAll(() => {
  for (const u of Object.values(users))
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', u.email, '--role', u.role], { env: { ...process.env, DATABASE_URL: dbUrl, NEW_USER_PASSWORD: u.password }, stdio: 'pipe' })
})

async function signIn(page: Page, who: keyof typeof users) {
  await page.goto('/login?next=%2Fadmin')
  await page.getByLabel('E-mail').fill(users[who].email)
  await page.getByLabel('Password').fill(users[who].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText(`Signed in as ${users[who].email} (${users[who].role})`)).toBeVisible()
}

const json = async (request: APIRequestContext, url: string) => {
  const res = await request.get(url)
  expect(res.status(), url).toBe(200)
  return res.json()
}

async function agencyByName(request: APIRequestContext, name: string, state: string): Promise<number> {
  const found = await json(request, `/api/v1/agencies?q=${encodeURIComponent(name)}&state=${state}`)
  return found.items.find((a: { name: string }) => a.name === name).id
}

// Douglas County Sheriff's Office (NV) holds a warrant-service agreement; ICE's lists give no expiry for it.
const DOUGLAS = { name: "Douglas County Sheriff's Office", state: 'NV' }
const EXPIRY = '2031-07-17'

async function douglasAgreement(request: APIRequestContext) {
  const agencyId = await agencyByName(request, DOUGLAS.name, DOUGLAS.state)
  const { items } = await json(request, `/api/v1/agreements?agency_id=${agencyId}`)
  return { agencyId, agreementId: items.find((a: { model: string }) => a.model === 'warrant_service_officer').id as number }
}

/** Every page and endpoint that shows the agreement's expiry, each read once. */
async function expectDouglasExpiry(page: Page, request: APIRequestContext, ids: { agencyId: number; agreementId: number }, expiry: string | null) {
  expect((await json(request, `/api/v1/agreements/${ids.agreementId}`)).expires_on).toBe(expiry)
  const list = await json(request, `/api/v1/agreements?state=NV&per_page=100`)
  expect(list.items.find((a: { id: number }) => a.id === ids.agreementId).expires_on).toBe(expiry)
  const ics = await (await request.get('/feeds/expirations.ics?state=NV')).text()
  expect(ics.includes(EXPIRY.replaceAll('-', ''))).toBe(expiry !== null)
  await page.goto(`/agencies/${ids.agencyId}`)
  const expires = page.getByRole('definition').filter({ hasText: expiry ?? 'not given on ICE’s lists' })
  await expect(expires.first()).toBeVisible()
  await page.goto('/states/NV')
  if (expiry) await expect(page.getByText(expiry).first()).toBeVisible()
  else await expect(page.getByText(/No agreement in Nevada active on .* has a known expiration date after it/)).toBeVisible()
}

test('an editor’s agreement edit, then its revert, each show on the next request of every page that shows the expiry', async ({ page, request }) => {
  test.setTimeout(180_000)
  const ids = await douglasAgreement(request)
  await expectDouglasExpiry(page, request, ids, null)

  await signIn(page, 'editor')
  await page.goto(`/admin/agreements/${ids.agreementId}/edit`)
  await page.getByLabel('Expires on').fill(EXPIRY)
  await page.getByLabel('Reason for the change').fill('MOA renewal published by ICE')
  await page.getByLabel(/^Source/).fill('https://www.ice.gov/identify-and-arrest/287g')
  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByText('Saved. The change is below.')).toBeVisible()
  await expectDouglasExpiry(page, request, ids, EXPIRY)

  await page.goto(`/admin/history/agreement/${ids.agreementId}`)
  // The newest change comes first; its revert form opens from its summary.
  await page.locator('summary', { hasText: 'Revert this change' }).first().click()
  const revert = page.getByRole('form', { name: /^Revert change \d+$/ }).first()
  await revert.getByLabel(/^Reason for reverting change/).fill('Entered on the wrong agreement')
  await revert.getByRole('button', { name: 'Revert this change' }).click()
  await expect(page.getByText('Reverted. The revert is below.')).toBeVisible()
  await expectDouglasExpiry(page, request, ids, null)
})

test('an accepted public correction (an agency renamed) shows on the next request of its pages and the API', async ({ page, browser, request }) => {
  test.setTimeout(180_000)
  const before = 'Las Vegas Metropolitan Police Department'
  const after = 'Las Vegas Metropolitan Police Department (Clark County)'
  const id = await agencyByName(request, before, 'NV')
  const names = async () => {
    const agency = await json(request, `/api/v1/agencies/${id}`)
    const list = await json(request, '/api/v1/agreements?state=NV&per_page=100')
    return [agency.name, ...new Set(list.items.filter((a: { agency: { id: number } }) => a.agency.id === id).map((a: { agency: { name: string } }) => a.agency.name))]
  }
  expect(await names()).toEqual([before, before])
  await page.goto(`/agencies/${id}`)
  await expect(page.getByRole('heading', { level: 1, name: before, exact: true })).toBeVisible()
  await page.goto('/states/NV')
  await expect(page.getByRole('link', { name: before, exact: true }).first()).toBeVisible()

  const visitor = await browser.newContext()
  const vp = await visitor.newPage()
  await vp.goto(`/corrections/new?type=Agency&id=${id}`)
  await vp.getByLabel('What is wrong, and what is right?').fill(`Cache check ${run}: the department serves Clark County; its name should say so.`)
  await vp.getByLabel('Link to the evidence').fill('https://www.lvmpd.com/')
  await vp.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(vp.getByRole('heading', { name: /Your correction: Waiting for an editor/ })).toBeVisible()
  await visitor.close()

  await signIn(page, 'editor')
  await page.goto('/admin/corrections')
  await page.getByRole('article').filter({ hasText: `Cache check ${run}` }).getByRole('link', { name: /Accept: edit the agency/ }).click()
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(after)
  await page.getByRole('button', { name: 'Save agency' }).click()
  await expect(page.getByText('Saved. The change is below.')).toBeVisible()

  expect(await names()).toEqual([after, after])
  await page.goto(`/agencies/${id}`)
  await expect(page.getByRole('heading', { level: 1, name: after, exact: true })).toBeVisible()
  await page.goto('/states/NV')
  await expect(page.getByRole('link', { name: after, exact: true }).first()).toBeVisible()
})

test('an accepted merge shows on the next request: the merged agency is gone, the other lists its spelling', async ({ page, request }) => {
  test.setTimeout(180_000)
  await signIn(page, 'editor')
  await page.goto('/admin/merges')
  const candidate = page.getByRole('article', { name: /^Merge candidate \d+$/ }).first()
  const from = candidate.getByRole('heading', { name: /^Merge:/ }).getByRole('link')
  const into = candidate.getByRole('heading', { name: /^Into:/ }).getByRole('link')
  const [fromName, fromHref, intoHref] = [(await from.textContent())!, (await from.getAttribute('href'))!, (await into.getAttribute('href'))!]
  const fromApi = `/api/v1${fromHref}`

  expect((await request.get(fromApi)).status()).toBe(200)
  expect((await page.goto(fromHref))!.status()).toBe(200)
  await page.goto(intoHref)
  await expect(page.getByRole('cell', { name: fromName, exact: true })).toHaveCount(0)

  await page.goto('/admin/merges')
  await candidate.getByRole('textbox', { name: 'Reason' }).fill('One agency: ICE spelt its name two ways')
  await candidate.getByRole('textbox', { name: /^Source/ }).fill('ICE participating lists')
  await candidate.getByRole('button', { name: 'Accept: merge' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Merged: agency \d+ is now part of agency \d+/ })).toBeVisible({ timeout: 90_000 })

  expect((await request.get(fromApi)).status()).toBe(404)
  expect((await page.goto(fromHref))!.status()).toBe(404)
  await page.goto(intoHref)
  await expect(page.getByRole('cell', { name: fromName, exact: true })).toBeVisible()
})

test('an applied import shows on the next request of the pages and endpoints that count the newest list', async ({ page, request }) => {
  test.setTimeout(300_000)
  // ICE's 2026-05-18 workbook with three rows removed, dated 2026-06-08 (not held: derived for this test only).
  const removed = [2, 3, 4]
  const rows = (await sheetRows(LATEST_WORKBOOK)).length - removed.length
  const lists = (await json(request, '/api/v1/snapshots')).total
  expect((await json(request, '/api/v1/stats/active')).total).not.toBe(rows)
  expect((await json(request, '/api/v1/agreements?per_page=1')).total).not.toBe(rows)
  await page.goto('/')
  await expect(page.getByText('2026-06-08')).toHaveCount(0)
  await page.goto('/sources/2026') // one row per capture of the year
  await expect(page.getByText('ICE list of 2026-06-08')).toHaveCount(0)

  await signIn(page, 'admin')
  await page.goto('/admin/import')
  const file = { name: 'participatingAgencies06082026am.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await derivedWorkbook(removed) }
  await page.getByLabel('ICE list (.xlsx or .csv, at most 10 MB)').setInputFiles(file)
  await page.getByRole('button', { name: 'Preview' }).click()
  await page.getByRole('button', { name: 'Apply this import' }).click({ timeout: 90_000 })
  await expect(page.getByText('Imported. The public pages now include this list.')).toBeVisible({ timeout: 120_000 })

  expect((await json(request, '/api/v1/snapshots')).total).toBe(lists + 1)
  expect((await json(request, '/api/v1/stats/active')).total).toBe(rows)
  expect((await json(request, '/api/v1/agreements?per_page=1')).total).toBe(rows)
  await page.goto('/')
  await expect(page.getByText('The newest ICE list held is dated 2026-06-08')).toBeVisible()
  await expect(page.getByText(rows.toLocaleString('en-US')).first()).toBeVisible()
  await page.goto('/sources/2026') // one row per capture of the year
  await expect(page.getByText('ICE list of 2026-06-08').first()).toBeVisible()
})

test('an import made by another process (npm run import, as the fetcher’s timer runs) shows on the next request', async ({ request, page }) => {
  test.setTimeout(300_000)
  // ICE's 2026-05-18 workbook with five rows removed, dated 2026-06-15 (not held: derived for this test only).
  const removed = [2, 3, 4, 5, 6]
  const rows = (await sheetRows(LATEST_WORKBOOK)).length - removed.length
  const lists = (await json(request, '/api/v1/snapshots')).total
  expect((await json(request, '/api/v1/stats/active')).total).not.toBe(rows)
  expect((await json(request, '/api/v1/agreements?per_page=1')).total).not.toBe(rows)
  await page.goto('/sources/2026') // one row per capture of the year
  await expect(page.getByText('ICE list of 2026-06-15')).toHaveCount(0)

  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cache-cli-')), 'participatingAgencies06152026am.xlsx')
  writeFileSync(file, await derivedWorkbook(removed))
  // Not execFileSync: a test blocked for the import's seconds cannot see the server close its idle keep-alive socket (after
  // 5 s), and its next request on that socket was reset.
  const { stdout: out } = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', file], { env: { ...process.env, DATABASE_URL: dbUrl }, encoding: 'utf8' })
  expect(out).toMatch(/imported as source list \d+/)

  expect((await json(request, '/api/v1/snapshots')).total).toBe(lists + 1)
  expect((await json(request, '/api/v1/stats/active')).total).toBe(rows)
  expect((await json(request, '/api/v1/agreements?per_page=1')).total).toBe(rows)
  await page.goto('/sources/2026') // one row per capture of the year
  await expect(page.getByText('ICE list of 2026-06-15').first()).toBeVisible()
})
