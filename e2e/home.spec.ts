import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the home page shows today’s and the 2012 counts with their basis', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('287(g) agreements')
  const end2012 = page.getByRole('region', { name: 'At the end of the 2012 phase-out' })
  await expect(end2012.getByRole('link', { name: '39' })).toBeVisible()
  await expect(end2012.getByText('ICE roster of 2012-12-31')).toBeVisible()
  const today = page.getByRole('region', { name: 'Today' })
  await expect(today.getByRole('link', { name: '1,843' })).toBeVisible()
  await expect(today.getByText('ICE list of 2026-05-18')).toBeVisible()
  await expect(page.getByText(/3,028 of 3,143 counties/)).toBeVisible()
})

test('the home page has no serious accessibility violation', async ({ page }) => {
  await page.goto('/')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
