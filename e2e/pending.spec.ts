import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the pending page lists the 26 rows of ICE’s pending list of 2025-07-18 and what became of them', async ({ page }) => {
  await page.goto('/pending?as_of=2025-07-18')
  await expect(page.getByRole('heading', { level: 2, name: 'ICE pending list of 2025-07-18' })).toBeVisible()
  const table = page.getByRole('table', { name: /Rows of ICE pending list of 2025-07-18/ })
  // pendingAgencies07182025pm.xlsx, the day's last pending file (MANIFEST.tsv: 26 rows).
  await expect(table.getByRole('row')).toHaveCount(27)
  const denton = table.getByRole('row', { name: /Denton County Sheriff's Office/ })
  await expect(denton).toContainText('2025-07-29')
  await expect(denton).toContainText('11 days')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})

test('the default pending page shows ICE’s newest pending list, and steps back a list at a time', async ({ page }) => {
  await page.goto('/pending')
  // MANIFEST.tsv: the newest pending list is pendingAgencies02272026am.xlsx (2026-02-27, 2 rows).
  await expect(page.getByRole('heading', { level: 2, name: 'ICE pending list of 2026-02-27' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Rows of ICE pending list of 2026-02-27/ }).getByRole('row')).toHaveCount(3)
  await page.getByRole('link', { name: '← list of 2026-02-17' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'ICE pending list of 2026-02-17' })).toBeVisible()
  await page.goto('/pending?as_of=2025-13-01')
  await expect(page.getByRole('status')).toContainText('not a real date')
})
