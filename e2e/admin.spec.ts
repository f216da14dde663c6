import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { derivedWorkbook } from '../lib/test/workbooks'

// Users are created through the real CLI with random passwords; there is no default password anywhere.
const dbUrl = `file:${path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')}`
const run = Date.now().toString(36)
const users = {
  editor: { email: `editor-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'editor' },
  admin: { email: `admin-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'admin' },
  leaver: { email: `leaver-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'editor' },
}
type Who = keyof typeof users

test.beforeAll(() => {
  for (const u of Object.values(users))
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', u.email, '--role', u.role], { env: { ...process.env, DATABASE_URL: dbUrl, NEW_USER_PASSWORD: u.password }, stdio: 'pipe' })
})

async function signIn(page: Page, who: Who, password = users[who].password) {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/login\?next=/)
  await page.getByLabel('E-mail').fill(users[who].email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function signInToAdmin(page: Page, who: Who) {
  await signIn(page, who)
  await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible()
  await expect(page.getByText(`Signed in as ${users[who].email} (${users[who].role})`)).toBeVisible()
}

async function openAgreementEdit(page: Page) {
  await page.goto('/admin/agreements?q=Galveston+County+Sheriff')
  await page.getByRole('link', { name: /Edit agreement \d+ of Galveston County Sheriff/ }).first().click()
  await expect(page.getByRole('heading', { name: /Edit agreement \d+/ })).toBeVisible()
}

async function noSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

test('a wrong password is refused with a plain message', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(users.editor.email)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('status')).toContainText('Wrong e-mail address or password')
  await noSeriousA11yViolations(page)
})

test('an editor changes an expiry; the public agency page and the audit log show it', async ({ page }) => {
  await signInToAdmin(page, 'editor')
  await openAgreementEdit(page)
  await noSeriousA11yViolations(page)
  // Before any signing date of Galveston's agreements (the earliest is 2017-06-30 on ICE's rosters).
  await page.getByLabel('Expires on').fill('2003-01-01')
  await page.getByLabel('Reason for the change').fill('Renewed MOA published by ICE')
  await page.getByLabel(/^Source/).fill('https://www.ice.gov/identify-and-arrest/287g')
  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByText(/Expiry date must be after the signed date, \d{4}-\d{2}-\d{2}/)).toBeVisible()
  await expect(page.getByLabel('Expires on')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Expires on').fill('2029-06-30')
  await page.getByRole('button', { name: 'Save agreement' }).click()
  await expect(page.getByText('Saved. The change is below.')).toBeVisible()
  const row = page.getByRole('row', { name: /expiresOn/ }).first()
  await expect(row).toContainText('2029-06-30')

  await page.getByRole('link', { name: 'Edit this record' }).click()
  await page.getByRole('link', { name: "Galveston County Sheriff's Office" }).click()
  await expect(page.getByText('2029-06-30').first()).toBeVisible()

  await page.goto('/admin/audit?type=Agreement')
  await expect(page.getByText('Reason: Renewed MOA published by ICE').first()).toBeVisible()
  await expect(page.getByRole('row', { name: /expiresOn.*2029-06-30/ }).first()).toBeVisible()
  await noSeriousA11yViolations(page)
})

test('two editors on the same agreement: the second save is refused with what changed', async ({ browser }) => {
  const [a, b] = [await browser.newContext(), await browser.newContext()]
  const [pa, pb] = [await a.newPage(), await b.newPage()]
  await signInToAdmin(pa, 'editor')
  await signInToAdmin(pb, 'editor')
  await openAgreementEdit(pa)
  await openAgreementEdit(pb)
  for (const [p, date] of [[pa, '2030-01-31'], [pb, '2030-02-28']] as const) {
    await p.getByLabel('Expires on').fill(date)
    await p.getByLabel('Reason for the change').fill(`Concurrent edit to ${date}`)
    await p.getByLabel(/^Source/).fill('Board minutes, item 7')
  }
  await pa.getByRole('button', { name: 'Save agreement' }).click()
  await expect(pa.getByText('Saved. The change is below.')).toBeVisible()
  await pb.getByRole('button', { name: 'Save agreement' }).click()
  await expect(pb.getByRole('status').first()).toContainText('Someone saved this record while you were editing it')
  await expect(pb.getByRole('status').first()).toContainText('2030-01-31')
  await a.close()
  await b.close()
})

test('import: preview, apply, counted on public pages; a corrupt file changes nothing', async ({ page, request }) => {
  test.setTimeout(240_000)
  await signInToAdmin(page, 'admin')
  await page.goto('/admin/import')
  await noSeriousA11yViolations(page)
  const before = await (await request.get('/api/v1/snapshots')).json()

  // Derived from ICE's real 2026-05-18 workbook for this test only (never seeded): ten rows removed, dated after it.
  const xlsx = await derivedWorkbook([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  await page.getByLabel('ICE list (.xlsx or .csv, at most 10 MB)').setInputFiles({ name: 'participatingAgencies06012026am.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx.subarray(0, 3000) })
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByText(/Not imported: .*(damaged|truncated|could not be read)/)).toBeVisible()
  expect((await (await request.get('/api/v1/snapshots')).json()).total).toBe(before.total)

  await page.getByLabel('ICE list (.xlsx or .csv, at most 10 MB)').setInputFiles({ name: 'participatingAgencies06012026am.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx })
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByRole('heading', { name: /Preview: participatingAgencies06012026am\.xlsx .* 1,833 rows/ })).toBeVisible({ timeout: 60_000 })
  expect((await (await request.get('/api/v1/snapshots')).json()).total).toBe(before.total)
  await page.getByRole('button', { name: 'Apply this import' }).click()
  await expect(page.getByText('Imported. The public pages now include this list.')).toBeVisible({ timeout: 60_000 })

  await page.goto('/snapshots/diff')
  for (const [label, list] of [['Earlier list', 'ICE list of 2026-05-18'], ['Later list', 'ICE list of 2026-06-01']] as const) {
    const value = await page.getByLabel(label).locator('option', { hasText: list }).getAttribute('value')
    await page.getByLabel(label).selectOption(value!)
  }
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByText(/\+0 agreements, −10/)).toBeVisible()
  await noSeriousA11yViolations(page)

  const stats = await (await request.get('/api/v1/stats/active?as_of=2026-06-01')).json()
  expect(stats.total).toBe(1833)

  await page.goto('/admin/import')
  await page.getByLabel('ICE list (.xlsx or .csv, at most 10 MB)').setInputFiles({ name: 'participatingAgencies06012026am.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx })
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByText(/was already imported as source list \d+/)).toBeVisible({ timeout: 60_000 })
})

test('a correction suggested by a visitor is accepted in admin and shows publicly', async ({ page, browser, request }) => {
  const agency = (await (await request.get('/api/v1/agencies?q=Berrian')).json()).items[0]
  const visitor = await browser.newContext()
  const vp = await visitor.newPage()
  await vp.goto('/admin/agencies')
  await expect(vp).toHaveURL(/\/login/)
  await vp.goto(`/corrections/new?type=Agency&id=${agency.id}`)
  await noSeriousA11yViolations(vp)
  await vp.getByLabel('What is wrong, and what is right?').fill('ICE spells it Berrian; the county is Berrien County, MI (FIPS 26021), and the record lacks the county code.')
  await vp.getByLabel('Link to the evidence').fill('https://www.berriencounty.org/')
  await vp.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(vp.getByRole('heading', { name: /Your correction: Waiting for an editor/ })).toBeVisible()
  const statusUrl = vp.url()

  await signInToAdmin(page, 'editor')
  await page.goto('/admin/corrections')
  const item = page.getByRole('article').filter({ hasText: 'lacks the county code' }).first()
  await item.getByRole('link', { name: /Accept: edit the agency/ }).click()
  await page.getByLabel('County', { exact: true }).fill('Berrien County')
  await page.getByLabel('County FIPS code').fill('2602')
  await page.getByRole('button', { name: 'Save agency' }).click()
  await expect(page.getByText('A county FIPS code is 5 digits, like 48423.')).toBeVisible()
  await page.getByLabel('County FIPS code').fill('48021')
  await page.getByRole('button', { name: 'Save agency' }).click()
  await expect(page.getByText('County FIPS 48021 is not in MI: MI codes start with 26.')).toBeVisible()
  await page.getByLabel('County FIPS code').fill('26021')
  await page.getByRole('button', { name: 'Save agency' }).click()
  await expect(page.getByText('Saved. The change is below.')).toBeVisible()

  await vp.goto(statusUrl)
  await expect(vp.getByRole('heading', { name: /Your correction: Accepted and applied/ })).toBeVisible()
  await vp.getByRole('link', { name: /agency \d+/ }).click()
  await expect(vp.getByText('Berrien County').first()).toBeVisible()
  await visitor.close()
})

test('an editor is refused the admin-only pages', async ({ page }) => {
  await signInToAdmin(page, 'editor')
  for (const url of ['/admin/users', '/admin/import']) {
    const res = await page.goto(url)
    expect(res?.status(), url).toBe(403)
  }
})

const ADMIN_PAGES = ['/admin', '/admin/agreements', '/admin/agencies', '/admin/policy-events', '/admin/counties', '/admin/corrections', '/admin/merges', '/admin/audit', '/admin/import', '/admin/users']

test('after sign-out the old cookie is refused on every admin page', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInToAdmin(page, 'admin')
  const cookie = (await context.cookies()).find((c) => c.name === 'tracker_session')!
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/$/)
  const replay = await browser.newContext()
  await replay.addCookies([cookie])
  for (const url of ADMIN_PAGES) {
    const res = await replay.request.get(url, { maxRedirects: 0 })
    expect(res.status(), url).toBe(307)
    expect(res.headers()['location'], url).toMatch(/\/login\?next=/)
  }
  await context.close()
  await replay.close()
})

test('disabling a user ends their session; a temporary password must be changed first', async ({ browser }) => {
  const [a, l] = [await browser.newContext(), await browser.newContext()]
  const [admin, leaver] = [await a.newPage(), await l.newPage()]
  await signInToAdmin(leaver, 'leaver')
  await signInToAdmin(admin, 'admin')
  await admin.goto(`/admin/users?q=${encodeURIComponent(users.leaver.email)}`)
  const role = admin.getByRole('form', { name: `Role of ${users.leaver.email}` })
  await role.getByLabel('Disabled').selectOption('yes')
  await role.getByRole('button', { name: 'Save' }).click()
  await expect(role.getByText('Saved.')).toBeVisible()
  await leaver.goto('/admin/agreements')
  await expect(leaver).toHaveURL(/\/login\?next=/)

  await role.getByLabel('Disabled').selectOption('no')
  await role.getByRole('button', { name: 'Save' }).click()
  await expect(role.getByText('Saved.')).toBeVisible()
  const reset = admin.getByRole('form', { name: `Reset the password of ${users.leaver.email}` })
  await reset.getByRole('button', { name: 'Issue a temporary password' }).click()
  const temporary = await reset.getByLabel('Temporary password').inputValue()
  expect(temporary).toMatch(/^[\w-]{20}$/)

  await signIn(leaver, 'leaver', temporary)
  await expect(leaver.getByRole('heading', { name: 'Change password' })).toBeVisible()
  const next = randomBytes(18).toString('base64url')
  await leaver.getByLabel(/^Current password/).fill(temporary)
  await leaver.getByLabel(/^New password/).fill(next)
  await leaver.getByLabel('Repeat the new password').fill(next)
  await leaver.getByRole('button', { name: 'Change password' }).click()
  await expect(leaver.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible()
  await a.close()
  await l.close()
})
