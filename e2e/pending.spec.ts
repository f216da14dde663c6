import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the pending page lists the 26 rows of ICE’s pending list of 2025-07-18 and what became of them', async ({ page }) => {
  await page.goto('/pending')
  await expect(page.getByRole('heading', { level: 2, name: 'ICE pending list of 2025-07-18' })).toBeVisible()
  const table = page.getByRole('table', { name: /Rows of ICE pending list of 2025-07-18/ })
  await expect(table.getByRole('row')).toHaveCount(27)
  await expect(page.getByText(/15\s+later signed and appear on a participating list; 11\s+are on no later list/)).toBeVisible()
  const denton = table.getByRole('row', { name: /Denton County Sheriff's Office/ })
  await expect(denton).toContainText('2025-07-29')
  await expect(denton).toContainText('11 days')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
