import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

test('a misspelt name finds the agency: Hilsborough shows Hillsborough County Sheriff’s Office first', async ({ page }) => {
  await page.goto('/search')
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Agency name, county or state' })
  await box.fill('Hilsborough')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=Hilsborough/)
  await expect(page.getByText(/No agency matches “Hilsborough” as typed\. Showing the results for “hillsborough”/)).toBeVisible()
  const results = page.getByRole('region', { name: /agencies match “hillsborough”/ })
  await expect(results.getByRole('listitem').first().getByRole('link')).toHaveText("Hillsborough County Sheriff's Office")
  await expectNoSeriousViolations(page)
})

test('abbreviations are the same words: Saint Lucie finds St. Lucie County Sheriff’s Office', async ({ page }) => {
  await page.goto('/search?q=Saint+Lucie')
  const results = page.getByRole('region', { name: /agencies match “Saint Lucie”/ })
  await expect(results.getByRole('listitem').first().getByRole('link')).toHaveText("St. Lucie County Sheriff's Office")
})

test('few results offer a better spelling as a link; nonsense finds nothing and offers nothing', async ({ page }) => {
  await page.goto('/search?q=Pulaksi')
  await expect(page.getByRole('heading', { name: '1 agency matches “Pulaksi”' })).toBeVisible()
  await page.getByRole('link', { name: '“pulaski”' }).click()
  await expect(page).toHaveURL(/\/search\?q=pulaski$/)
  await expect(page.getByRole('link', { name: "Pulaski County Sheriff's Office" }).first()).toBeVisible()
  await expectNoSeriousViolations(page)

  await page.goto('/search?q=xqzvbnm')
  await expect(page.getByRole('heading', { name: 'No agency matches “xqzvbnm”' })).toBeVisible()
  await expect(page.getByText(/Did you mean|Showing the results for/)).toHaveCount(0)
})
