import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { collectErrors } from './console-errors'


test('the map draws every county with an activation date and colours them by the as-of date', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/map?as_of=2010-12-31')
  const map = page.getByRole('group', { name: /County map/ })
  await expect(map.getByRole('button', { name: /^Harris County, TX: activated 2008-10-27/ })).toBeVisible()
  expect(await map.getByRole('button').count()).toBeGreaterThanOrEqual(3134)
  expect(await map.getByRole('button', { name: /: (activated|not yet activated)/ }).count()).toBe(3134)
  expect(await map.getByRole('button', { name: /: activated / }).count()).toBe(885)
  await expect(page.getByText(/Secure Communities active in 885 of/)).toBeVisible()
  expect(errors).toEqual([])
})

test('keyboard focus reaches a county and Enter opens its detail', async ({ page }) => {
  await page.goto('/map?as_of=2010-12-31')
  await page.getByRole('link', { name: 'Table of counties' }).focus()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const first = page.getByRole('button', { name: /^Autauga County, AL:/ })
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Autauga County, AL' })).toBeVisible()

  const harris = page.getByRole('button', { name: /^Harris County, TX:/ })
  await harris.focus()
  await harris.press('Enter')
  const detail = page.getByRole('region', { name: 'Harris County, TX' })
  await expect(detail.getByText('activated 2008-10-27')).toBeVisible()
  await expect(detail.getByRole('link', { name: /Harris County Sheriff/ }).first()).toHaveAttribute('href', /^\/agencies\/\d+$/)
})

test('the as-of control replays the rollout and keeps the date in the URL', async ({ page }) => {
  await page.goto('/map?as_of=2010-12-31')
  await page.getByRole('slider', { name: /Rollout month/ }).fill('0')
  await expect(page).toHaveURL(/as_of=2008-10-31/)
  await expect(page.getByText(/Secure Communities active in 1 of/)).toBeVisible()
  await page.getByRole('button', { name: 'Play the rollout' }).click()
  await expect(page).toHaveURL(/as_of=2008-11-30/)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('link', { name: /^Agreements on 2008-1\d-\d\d$/ })).toBeVisible()
})

test('the county table is the map’s text alternative', async ({ page }) => {
  await page.goto('/map/table?as_of=2010-12-31&state=TX')
  await expect(page.getByRole('table', { name: /Counties in Texas \(254\)/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Harris County 48201 2008-10-27 day activated/ })).toBeVisible()
  const texas = page.getByRole('table', { name: /by state on 2010-12-31/ }).getByRole('row', { name: /^Texas \(TX\)/ })
  await expect(texas.getByRole('cell').nth(1)).toHaveText('254')
})

test('/map has no serious accessibility violation', async ({ page }) => {
  // axe checks each of the 3,000+ county buttons, which takes a while on a small machine.
  test.setTimeout(240_000)
  await page.goto('/map?as_of=2010-12-31')
  await expect(page.getByRole('group', { name: /County map/ })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.slice(0, 3).map((n) => n.target)]), null, 1)).toEqual([])
})
