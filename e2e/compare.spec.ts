import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { collectErrors } from './console-errors'

// Rows of ICE's 2026-05-18 workbook: 1,843 in all, TEXAS 387, FLORIDA 348; Georgia's rows are not needed, only its presence.
test('compare Texas and Florida with the national total; the data table keeps gaps as gaps', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/compare?states=TX,FL')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare states and agencies')
  await page.getByText('Show data: Compared series by month').click()
  const table = page.getByRole('table', { name: /Compared series by month/ })
  await expect(table.getByRole('columnheader')).toHaveText(['Month', 'National total', 'Texas', 'Florida', 'Basis (ICE list)'])
  await expect(table.getByRole('row', { name: /^2026-05/ }).getByRole('cell')).toHaveText(['1,843', '387', '348', 'ICE list of 2026-05-18'])
  await expect(table.getByRole('row', { name: /^2018-06/ }).getByRole('cell')).toHaveText(['—', '—', '—', '—'])
  expect(errors).toEqual([])
})

test('toggling a series writes the URL, and the URL brings the same view back', async ({ page }) => {
  await page.goto('/compare?states=TX,FL')
  const texas = page.getByRole('checkbox', { name: 'Texas' })
  await expect(texas).toBeChecked()
  await texas.uncheck()
  await expect(page).toHaveURL(/hide=state:TX/)
  const shared = page.url()
  const other = await page.context().newPage()
  await other.goto(shared)
  await expect(other.getByRole('checkbox', { name: 'Texas' })).not.toBeChecked()
  await expect(other.getByRole('checkbox', { name: 'Florida' })).toBeChecked()
  await other.getByRole('checkbox', { name: 'Texas' }).check()
  await expect(other).not.toHaveURL(/hide=/)
})

test('add a state and an agency, at most five in all', async ({ page }) => {
  await page.goto('/compare?states=TX')
  await page.getByRole('combobox', { name: 'Add a state' }).selectOption({ label: 'Georgia' })
  await page.getByRole('button', { name: 'Add state' }).click()
  await expect(page).toHaveURL(/states=TX,GA/)
  await page.getByRole('searchbox', { name: 'Find an agency' }).fill('autauga')
  await page.getByRole('button', { name: 'Find' }).click()
  await page.getByRole('link', { name: "Add Autauga County Sheriff's Office (AL)" }).click()
  await expect(page).toHaveURL(/agencies=\d+/)
  await expect(page.getByRole('checkbox', { name: "Autauga County Sheriff's Office (AL)" })).toBeChecked()
  await page.goto('/compare?states=TX,FL,GA,AL,AZ,NC')
  await expect(page.getByRole('status')).toContainText('1 more in the address was left out')
  await expect(page.getByRole('heading', { name: 'Compared (5 of at most 5)' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Add a state' })).toHaveCount(0)
})

test('the compare page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/compare?states=TX,FL')
  await expect(page.getByRole('checkbox', { name: 'Texas' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
