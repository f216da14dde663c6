import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// An editor (created through the real CLI) decides pairs the seed's imports queued and left for an editor
// (lib/seed/identity-decisions.test.ts lists them): ICE printed Tennessee's task force as "Tennessee Department of Safety
// and Homeland Security / THP" until 2025-05-28 and without "/ THP" after; Pinal County's task force moved from the
// Sheriff's Office to the Attorney's Office on 2025-09-09.
const dbUrl = `file:${path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')}`
const editor = { email: `merge-editor-${Date.now().toString(36)}@e2e.invalid`, password: randomBytes(18).toString('base64url') }

test.beforeAll(() => {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', editor.email, '--role', 'editor'], { env: { ...process.env, DATABASE_URL: dbUrl, NEW_USER_PASSWORD: editor.password }, stdio: 'pipe' })
})

async function signIn(page: Page) {
  await page.goto('/admin/merges')
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fmerges/)
  await page.getByLabel('E-mail').fill(editor.email)
  await page.getByLabel('Password').fill(editor.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Agency merges', level: 1 })).toBeVisible()
  await expect(page.getByText(`Signed in as ${editor.email} (editor)`)).toBeVisible()
}

const candidate = (page: Page, text: string) => page.getByRole('article', { name: /^Merge candidate \d+$/ }).filter({ hasText: text })

test('an editor accepts one pair and rejects another; a decision without a reason is not sent', async ({ page }) => {
  // Each decision rebuilds the lifecycle of the whole record (several seconds on a shared machine).
  test.setTimeout(180_000)
  await signIn(page)
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await expect(page.getByRole('heading', { name: /^Open \(\d+\)$/ })).toBeVisible()

  const tennessee = candidate(page, 'Tennessee Department of Safety and Homeland Security / THP')
  await expect(tennessee).toHaveCount(1)
  await expect(tennessee.getByRole('heading', { name: /^Into:/ })).toContainText('Tennessee Department of Safety and Homeland Security')
  // Without a reason the browser does not send the decision.
  await tennessee.getByRole('button', { name: 'Accept: merge' }).click()
  expect(await tennessee.getByRole('textbox', { name: 'Reason' }).evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true)
  await expect(tennessee).toHaveCount(1)

  const into = await tennessee.getByRole('heading', { name: /^Into:/ }).getByRole('link').getAttribute('href')
  await tennessee.getByRole('textbox', { name: 'Reason' }).fill('THP is the Highway Patrol of the same department; one task-force agreement')
  await tennessee.getByRole('textbox', { name: /^Source/ }).fill('ICE participating lists of 2025-05-28 and 2025-05-29')
  await tennessee.getByRole('button', { name: 'Accept: merge' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Merged: agency \d+ is now part of agency \d+/ })).toBeVisible({ timeout: 60_000 })

  const pinal = candidate(page, "Pinal County Attorney's Office")
  await pinal.getByRole('textbox', { name: 'Reason' }).fill("The County Attorney is not the Sheriff's Office")
  await pinal.getByRole('textbox', { name: /^Source/ }).fill('ICE participating list of 2025-09-09')
  await pinal.getByRole('button', { name: 'Reject: keep apart' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Rejected: agencies \d+ and \d+ stay apart/ })).toBeVisible({ timeout: 60_000 })

  await page.reload()
  await expect(candidate(page, 'Tennessee Department of Safety and Homeland Security / THP')).toHaveCount(0)
  await expect(candidate(page, "Pinal County Attorney's Office")).toHaveCount(0)
  const decided = page.getByRole('region', { name: /^Decided/ })
  await expect(decided.getByText(new RegExp(`Merged: .* by ${editor.email.replace(/[.]/g, '\\.')}`))).toBeVisible()
  await expect(decided.getByText(new RegExp(`Kept apart: .* by ${editor.email.replace(/[.]/g, '\\.')}`))).toBeVisible()

  // The surviving agency's public page lists both spellings ICE printed.
  await page.goto(into!)
  await expect(page.getByRole('cell', { name: 'Tennessee Department of Safety and Homeland Security / THP', exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Tennessee Department of Safety and Homeland Security', exact: true })).toBeVisible()
})
