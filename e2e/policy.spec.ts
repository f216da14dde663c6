import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the policy page lists dated events with sources and the Dec 21, 2012 detainer checklist', async ({ page }) => {
  await page.goto('/policy')
  await expect(page.getByRole('heading', { level: 1, name: 'Policy timeline' })).toBeVisible()
  const criteria = page.getByRole('article', { name: 'ICE detainer criteria (Morton memo, Dec 21, 2012)' })
  await expect(criteria.getByText(/Version 2012-12-21/i)).toBeVisible()
  await expect(criteria.getByRole('listitem').filter({ hasText: 'three or more prior misdemeanor convictions' })).toBeVisible()
  await expect(criteria.getByRole('listitem').filter({ hasText: /^driving under the influence/ })).toBeVisible()

  const budget = page.getByRole('article', { name: 'FY2013 budget cuts 287(g) by $17 million' })
  await expect(budget.getByText(/Source:/)).toBeVisible()
  await expect(budget.getByRole('link', { name: /^Agreements on 2012-02-13/ })).toHaveAttribute('href', '/agreements?as_of=2012-02-13')
  await expect(budget.getByRole('link', { name: /^Charts/ })).toHaveAttribute('href', '/trends?as_of=2012-02-13')
  await expect(budget.getByRole('link', { name: /^Map/ })).toHaveAttribute('href', '/map?as_of=2012-02-13')
  const eo = page.getByRole('article', { name: /Executive Order 14159/ })
  await expect(eo.getByRole('link', { name: /^Charts/ })).toHaveAttribute('href', '/trends?as_of=2025-01-20&range=full')
})

test('the policy page sets the tracker’s 17 beside the press’s 25 and CIS’s 32 + 7', async ({ page }) => {
  await page.goto('/policy')
  const section = page.getByRole('region', { name: 'The end of 2012, in the sources’ numbers' })
  await expect(section.getByRole('complementary', { name: /counts 17 task forces/ })).toContainText('25 agencies')
  await expect(section.getByRole('region', { name: /33 jail-model agreements continued to June 30, 2013/ })).toBeVisible()
  await section.getByRole('link', { name: 'the Arizona rescission' }).click()
  await expect(page.getByRole('article', { name: 'ICE rescinds Arizona\'s task-force agreements' })).toBeInViewport()
})

test('an event’s slug anchor opens at the event', async ({ page }) => {
  await page.goto('/policy#2012-12-21-detainer-guidance')
  await expect(page.getByRole('article', { name: 'New national detainer guidance (Morton memo)' })).toBeInViewport()
})

test('/policy has no serious accessibility violation', async ({ page }) => {
  await page.goto('/policy')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.slice(0, 3).map((n) => n.target)]), null, 1)).toEqual([])
})
