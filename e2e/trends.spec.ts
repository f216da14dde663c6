import AxeBuilder from '@axe-core/playwright'
import { devices, expect, test, type Page } from '@playwright/test'
import { collectErrors } from './console-errors'


async function phaseOutTable(page: Page) {
  await page.getByText('Show data: Phase-out vs rollout, 2008–2013').click()
  return page.getByRole('table', { name: /Phase-out vs rollout, 2008–2013/ })
}

test('the phase-out chart’s data shows 17 task-force agreements in Oct 2012, none in Jan 2013, and 885 counties at the end of 2010', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/trends')
  await expect(page.getByRole('heading', { level: 2, name: 'Phase-out vs rollout, 2008–2013' })).toBeVisible()
  await expect(page.getByRole('figure', { name: /Phase-out vs rollout/ })).toBeVisible()
  const table = await phaseOutTable(page)
  const cells = (month: string) => table.getByRole('row', { name: new RegExp(`^${month}`) }).getByRole('cell')
  await expect(cells('2012-10-31').nth(0)).toHaveText('17')
  await expect(cells('2013-01-31').nth(0)).toHaveText('0')
  await expect(cells('2010-12-31').nth(4)).toHaveText('885')
  await expect(cells('2009-06-30').nth(0)).toHaveText('—')
  expect(errors).toEqual([])
})

test('the data table matches GET /api/v1/stats/timeline month by month', async ({ page, request }) => {
  const res = await request.get('/api/v1/stats/timeline?from=2008-01&to=2013-12')
  expect(res.ok()).toBe(true)
  const { points } = (await res.json()) as { points: { date: string; task_force: number | null; jail_enforcement: number | null; total: number | null; counties_activated: number }[] }
  await page.goto('/trends')
  const table = await phaseOutTable(page)
  const show = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US'))
  for (const date of ['2009-06-30', '2010-10-31', '2011-09-30', '2012-10-31', '2012-12-31', '2013-02-28']) {
    // After Dec 31, 2012 the task-force model was discontinued (until 2025): the API counts 0 agreements, the chart draws
    // no line, and its table says so with a dash.
    const discontinued = date >= '2013-02-01'
    const p = points.find((x) => x.date === date)!
    const cells = table.getByRole('row', { name: new RegExp(`^${date}`) }).getByRole('cell')
    if (discontinued) expect(p.task_force).toBe(0)
    await expect(cells.nth(0)).toHaveText(discontinued ? '—' : show(p.task_force))
    await expect(cells.nth(1)).toHaveText(show(p.jail_enforcement))
    await expect(cells.nth(3)).toHaveText(show(p.total))
    await expect(cells.nth(4)).toHaveText(show(p.counties_activated))
  }
})

test('the full range is one click away, and its CSV holds the drawn rows', async ({ page, request }) => {
  await page.goto('/trends')
  await page.getByRole('link', { name: 'Full range, 2002 to today' }).click()
  await expect(page).toHaveURL(/range=full/)
  await expect(page.getByRole('heading', { level: 2, name: 'Phase-out vs rollout, 2002 to today' })).toBeVisible()
  const href = await page.getByRole('link', { name: 'Download CSV: Phase-out vs rollout, 2002 to today' }).getAttribute('href')
  expect(href).toBe('/trends/data/phase-out.csv?range=full')
  const csv = await (await request.get(href!)).text()
  // Warrant service officers did not exist in 2012: blank, not 0.
  expect(csv).toContain('\r\n2012-10-31,17,40,,57,')
  expect(csv.split('\r\n')[1]).toMatch(/^2002-01-31,,,,,0,0,$/)
})

test('the chart is drawn on the server with gaps, and hovering a month shows the numbers drawn for it', async ({ page }) => {
  await page.goto('/trends')
  const chart = page.getByRole('figure', { name: /Phase-out vs rollout/ })
  // The hover band over the plot, in the layout this screen shows: one slot per month of 2008–2013.
  const band = chart.locator('[data-tips]:visible')
  const box = (await band.boundingBox())!
  const hoverMonth = (i: number) => band.hover({ position: { x: ((i + 0.5) * box.width) / 72, y: box.height / 2 } })
  await hoverMonth(12 * 4 + 9) // 2012-10
  await expect(page.getByRole('tooltip')).toHaveText(/^2012-10-31: Task force 17, Jail enforcement 40\. Secure Communities in [\d,]+ counties/)
  await hoverMonth(12 + 5) // 2009-06
  await expect(page.getByRole('tooltip')).toHaveText(/^2009-06-30: the tracker holds no ICE list for this month/)
  await expect(chart.getByText('no ICE list').first()).toBeVisible()
})

test.describe('on a phone', () => {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7']
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch })

  test('the charts are drawn for the small screen, so their labels stay legible', async ({ page }) => {
    await page.goto('/trends')
    const chart = page.getByRole('figure', { name: /Phase-out vs rollout/ })
    const year = await chart.getByText('2010', { exact: true }).boundingBox()
    expect(year!.height).toBeGreaterThanOrEqual(10)
    expect(year!.width).toBeLessThan(viewport.width / 8)
  })
})

test('policy events on the chart show their title on focus and open the policy page', async ({ page }) => {
  await page.goto('/trends')
  const marker = page.getByRole('link', { name: /Policy event 2012-02-13/ })
  await marker.focus()
  await expect(page.getByText(/FY2013 budget cuts 287\(g\) by \$17 million \(select the marker/)).toBeVisible()
  await marker.press('Enter')
  await expect(page).toHaveURL(/\/policy#2012-02-13-fy2013-budget$/)
})

test('the as-of date is shared: agreements by state follow ?as_of=', async ({ page }) => {
  await page.goto('/trends?as_of=2012-10-31')
  await expect(page.getByRole('heading', { name: 'Active agreements by state on 2012-10-31' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Map on 2012-10-31' })).toHaveAttribute('href', '/map?as_of=2012-10-31')
  await page.goto('/trends?as_of=2018-06-01')
  await expect(page.getByText(/The tracker holds no ICE list for 2018-06-01/)).toBeVisible()
})

test('/trends has no serious accessibility violation', async ({ page }) => {
  await page.goto('/trends')
  await expect(page.getByRole('figure').first()).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.slice(0, 3).map((n) => n.target)]), null, 1)).toEqual([])
})
