import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { derivedWorkbook, LATEST_WORKBOOK, sheetRows } from '../lib/test/workbooks'

const dbUrl = `file:${path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')}`
const run = Date.now().toString(36)
const users = {
  editor: { email: `corr-editor-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'editor' },
  admin: { email: `corr-admin-${run}@e2e.invalid`, password: randomBytes(18).toString('base64url'), role: 'admin' },
}

test.beforeAll(() => {
  for (const u of Object.values(users))
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', u.email, '--role', u.role], { env: { ...process.env, DATABASE_URL: dbUrl, NEW_USER_PASSWORD: u.password }, stdio: 'pipe' })
})

async function signIn(page: Page, who: keyof typeof users) {
  await page.goto('/admin')
  await page.getByLabel('E-mail').fill(users[who].email)
  await page.getByLabel('Password').fill(users[who].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText(`Signed in as ${users[who].email} (${users[who].role})`)).toBeVisible()
}

async function noSeriousA11yViolations(page: Page) {
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

test('an editor’s signing-date correction is named in the import preview of a list carrying ICE’s old date, then cleared', async ({ browser }) => {
  test.setTimeout(240_000)
  const editor = await (await browser.newContext()).newPage()
  await signIn(editor, 'editor')
  await editor.goto('/admin/agreements?q=Panama+City+Beach+Police')
  await editor.getByRole('link', { name: /Edit agreement \d+ of Panama City Beach Police Department/ }).first().click()
  // ICE's 2026-05-18 list prints 2025-02-25; the MOA's file name and ICE's lists until 2025-06-26 say 2025-02-26.
  await expect(editor.getByLabel('Signed on')).toHaveValue('2025-02-25')
  await editor.getByLabel('Signed on').fill('2025-02-26')
  await editor.getByLabel('Reason for the change').fill('The MOA is dated 26 February 2025')
  await editor.getByLabel(/^Source/).fill('https://www.ice.gov/doclib/287gMOA/panamaCityBeachPolice_TFM_MOA_02.26.2025.pdf')
  await editor.getByRole('button', { name: 'Save agreement' }).click()
  await expect(editor.getByText('Saved. The change is below.')).toBeVisible()
  const editUrl = editor.url().replace(/\/admin\/history\/agreement\/(\d+).*/, '/admin/agreements/$1/edit')

  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, 'admin')
  await admin.goto('/admin/import')
  const rows = await sheetRows(LATEST_WORKBOOK)
  const xlsx = await derivedWorkbook([rows.at(-1)!.rowNumber])
  await admin.getByLabel('ICE list (.xlsx or .csv, at most 10 MB)').setInputFiles({ name: 'participatingAgencies06012026am.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx })
  await admin.getByRole('button', { name: 'Preview' }).click()
  await expect(admin.getByRole('heading', { name: 'Corrections this list disagrees with: 1' })).toBeVisible({ timeout: 60_000 })
  await expect(admin.getByText(/Panama City Beach Police Department \(FL\): signing date kept as corrected, 2025-02-26; the list says 2025-02-25/)).toBeVisible()
  await noSeriousA11yViolations(admin)

  await editor.goto(editUrl)
  await expect(editor.getByRole('heading', { name: 'Corrections kept over imports' })).toBeVisible()
  await noSeriousA11yViolations(editor)
  await editor.getByLabel('Reason for clearing').fill('Checked: ICE corrected the date itself')
  await editor.getByRole('button', { name: 'Clear correction' }).click()
  await expect(editor.getByText('Saved. The change is below.')).toBeVisible()
  await editor.goto(editUrl)
  await expect(editor.getByLabel('Signed on')).toHaveValue('2025-02-25')
  await expect(editor.getByRole('heading', { name: 'Corrections kept over imports' })).toHaveCount(0)
})
