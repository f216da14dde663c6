import AxeBuilder from '@axe-core/playwright'
import { devices, expect, test, type Page } from '@playwright/test'
import { collectErrors } from './console-errors'
import { contrast, parseRgb, screenColours } from './map-pixels'
import { mapAxe } from './map-axe'

test.describe.configure({ timeout: 180_000 }) // 3,000+ county buttons: role queries and server drawing are slow on a shared two-core machine

const map = (page: Page) => page.getByRole('group', { name: /County map/ })

/**
 * The largest county whose accessible name matches: its centre lies inside it, away from borders. Read in one pass in
 * the page (a role query per county is slow over 3,000+ of them).
 */
async function largest(page: Page, name: RegExp) {
  const fips = await page.evaluate((source) => {
    const re = new RegExp(source)
    let best = { fips: '', area: -1 }
    for (const el of document.querySelectorAll('#county-map [role=button][data-fips]')) {
      if (!re.test(el.getAttribute('aria-label') ?? '')) continue
      const b = el.getBoundingClientRect()
      if (b.width * b.height > best.area) best = { fips: el.getAttribute('data-fips')!, area: b.width * b.height }
    }
    return best.fips
  }, name.source)
  expect(fips, `a county named like ${name}`).toMatch(/^\d{5}$/)
  return map(page).locator(`[data-fips="${fips}"]`)
}

test('the map draws every county with an activation date and colours them by the as-of date', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/map?as_of=2010-12-31')
  await expect(map(page).getByRole('button', { name: /^Harris County, TX: activated 2008-10-27/ })).toBeVisible()
  expect(await map(page).getByRole('button').count()).toBeGreaterThanOrEqual(3134)
  expect(await map(page).getByRole('button', { name: /: (activated|not yet activated)/ }).count()).toBe(3134)
  expect(await map(page).getByRole('button', { name: /: activated / }).count()).toBe(885)
  await expect(page.getByText(/Secure Communities active in 885 of/)).toBeVisible()
  expect(errors).toEqual([])
})

test('typing a date in the as-of field keeps it: 2010-12-31 shows 885 activated counties', async ({ page }) => {
  await page.goto('/map')
  const date = page.getByLabel('As-of date')
  // Typed digit by digit, as a reader does (the field's segments are month, day, year in this locale).
  await date.focus()
  await page.keyboard.type('12312010')
  await expect(date).toHaveValue('2010-12-31')
  await date.press('Enter')
  await expect(page).toHaveURL(/as_of=2010-12-31/)
  await expect(page.getByText(/Secure Communities active in 885 of/)).toBeVisible()
  await expect(date).toHaveValue('2010-12-31')
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
  await expect(page).toHaveURL(/county=01001/)

  const harris = page.getByRole('button', { name: /^Harris County, TX:/ })
  await harris.focus()
  await harris.press('Enter')
  const detail = page.getByRole('region', { name: 'Harris County, TX' })
  await expect(detail.getByText('activated 2008-10-27')).toBeVisible()
  await expect(detail.getByRole('link', { name: /Harris County Sheriff/ }).first()).toHaveAttribute('href', /^\/agencies\/\d+$/)
})

test('the map is one tab stop and arrow keys move between neighbouring counties', async ({ page }) => {
  await page.goto('/map?as_of=2010-12-31')
  expect(await map(page).locator('[tabindex="0"]').count()).toBe(1)
  const autauga = page.getByRole('button', { name: /^Autauga County, AL:/ })
  await autauga.focus()
  // Autauga's neighbours (Census county adjacency): Elmore to the east, Chilton to the north, Dallas to the west.
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: /^Elmore County, AL:/ })).toBeFocused()
  await expect(page.getByRole('button', { name: /^Elmore County, AL:/ })).toHaveAttribute('tabindex', '0')
  await expect(autauga).toHaveAttribute('tabindex', '-1')
  expect(await map(page).locator('[tabindex="0"]').count()).toBe(1)
  await page.keyboard.press('ArrowLeft')
  await expect(autauga).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('button', { name: /^Chilton County, AL:/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Chilton County, AL' })).toBeVisible()
  // Tab leaves the map in one step.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('#county-map') === null)).toBe(true)
})

test('county detail never shows a date after today as a fact', async ({ page }) => {
  await page.goto('/map?county=12057')
  const detail = page.getByRole('region', { name: 'Hillsborough County, FL' })
  await expect(detail.getByText(/still on ICE’s newest list held/).first()).toBeVisible()
  const today = new Date().toISOString().slice(0, 10)
  const dates = (await detail.innerText()).match(/\d{4}-\d{2}-\d{2}/g) ?? []
  expect(dates.length).toBeGreaterThan(0)
  expect(dates.filter((d) => d > today)).toEqual([])
})

test('the replay steps through the rollout and keeps the date in the URL', async ({ page }) => {
  await page.goto('/map?as_of=2010-12-31')
  await page.getByRole('slider', { name: /Rollout month/ }).fill('0')
  await expect(page).toHaveURL(/as_of=2008-10-31/)
  await expect(page.getByText(/Secure Communities active in 1 of/)).toBeVisible()
  await page.getByRole('button', { name: 'Play the rollout' }).click()
  await expect(page).toHaveURL(/as_of=2008-11-30/)
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('link', { name: /^Agreements on 2008-1\d-\d\d$/ })).toBeVisible()
})

for (const asOf of ['2018-06-01', '2009-06-30']) {
  test(`on ${asOf}, a date no list held covers, the 287(g) layer is unknown, not 0`, async ({ page }) => {
    await page.goto(`/map?as_of=${asOf}`)
    await expect(page.getByText(/287\(g\) layer: unknown/)).toBeVisible()
    await expect(page.getByText(/\b0 counties with/)).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Agencies without a county (unknown)' })).toBeVisible()
    expect(await map(page).getByRole('button', { name: /287\(g\) unknown/ }).count()).toBeGreaterThanOrEqual(3134)
  })
}

test('the county table is the map’s text alternative', async ({ page }) => {
  await page.goto('/map/table?as_of=2010-12-31&state=TX')
  await expect(page.getByRole('table', { name: /Counties in Texas \(254\)/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Harris County 48201 2008-10-27 day activated/ })).toBeVisible()
  const texas = page.getByRole('table', { name: /by state on 2010-12-31/ }).getByRole('row', { name: /^Texas \(TX\)/ })
  await expect(texas.getByRole('cell').nth(1)).toHaveText('254')
})

function visibility(phone: boolean) {
  test(`today, counties with a 287(g) agreement stand out (computed style and screen pixels, ${phone ? 'phone' : 'desktop'})`, async ({ page }) => {
    await page.goto('/map')
    await expect(page.getByRole('link', { name: '287(g) by model', exact: true })).toHaveAttribute('aria-current', 'page')
    const withAgreement = await largest(page, /: 287\(g\) /)
    const without = await largest(page, /: no county-level 287\(g\) agreement/)
    const fill = async (l: typeof without) => parseRgb(await l.evaluate((el) => getComputedStyle(el).fill))
    const [a, b] = [await fill(withAgreement), await fill(without)]
    expect(contrast(a, b), `fills ${a} and ${b}`).toBeGreaterThanOrEqual(3)
    const [sa, sb] = await screenColours(page, map(page), [withAgreement, without])
    expect(contrast(sa!, sb!), `on screen ${sa} and ${sb}`).toBeGreaterThanOrEqual(3)
  })

  test(`on the rollout map the 287(g) counties carry a mark that passes 3:1 (${phone ? 'phone' : 'desktop'})`, async ({ page }) => {
    await page.goto('/map?as_of=2010-12-31')
    const harris = map(page).locator('[data-fips="48201"]')
    await expect(harris).toHaveAttribute('aria-label', /^Harris County, TX: .*287\(g\) jail enforcement/)
    const [mark] = await screenColours(page, map(page), [harris])
    const fill = parseRgb(await harris.evaluate((el) => getComputedStyle(el).fill))
    expect(contrast(mark!, fill), `mark ${mark} on the county's fill ${fill}`).toBeGreaterThanOrEqual(3)
    const dot = page.locator('#county-map use.dl')
    expect(parseRgb(await dot.evaluate((el) => getComputedStyle(el).stroke))).toEqual([0, 0, 0])
  })
}

visibility(false)

test.describe('on a 390 px phone', () => {
  const { userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7']
  test.use({ viewport: { width: 390, height: 844 }, userAgent, deviceScaleFactor, isMobile, hasTouch })
  visibility(true)

  test('the map page does not scroll sideways', async ({ page }) => {
    for (const url of ['/map', '/map?as_of=2010-12-31&county=48201']) {
      await page.goto(url)
      await expect(map(page)).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    }
  })
})

test('/map has no serious accessibility violation', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/map?as_of=2010-12-31')
  await expect(map(page)).toBeVisible()
  const results = await mapAxe(page).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.slice(0, 3).map((n) => n.target)]), null, 1)).toEqual([])
})
