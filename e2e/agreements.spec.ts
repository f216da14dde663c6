import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'

const PHASE_OUT_STATES = ['AR', 'CO', 'CT', 'FL', 'GA', 'NC', 'SC', 'TN', 'TX', 'VA']

const bodyRows = (page: Page) => page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row')
const totalShown = async (page: Page) => Number((await page.getByRole('status').filter({ hasText: /agreements?$/ }).textContent())!.replace(/\D/g, ''))

test('the Dec 31, 2012 view lists the 17 task forces that ended then', async ({ page }) => {
  await page.goto('/agreements?as_of=2012-12-01&expires_before=2013-01-01&model=task_force')
  await expect(page.getByText(/Basis: ICE roster of 2012-10-16/)).toBeVisible()
  await expect(bodyRows(page)).toHaveCount(17)
  await expect(page.getByRole('status').filter({ hasText: '17 agreements' })).toBeVisible()
  const states = await bodyRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent?.trim()))
  expect(new Set(states)).toEqual(new Set(PHASE_OUT_STATES))
  for (const name of await bodyRows(page).getByRole('cell').getByRole('link').all()) await expect(name).toHaveAttribute('href', /^\/agencies\/\d+$/)
})

test('the Dec 2012 view says why 17 where the press reported 25, and Arizona stays selectable at 0', async ({ page }) => {
  await page.goto('/agreements?as_of=2012-12-01&expires_before=2013-01-01')
  const why = page.getByRole('group').filter({ hasText: 'Why this tracker counts 17 task forces ending on Dec 31, 2012, when the press reported 25' })
  await why.getByText(/^Why this tracker counts 17/).click()
  await expect(why.getByRole('link', { name: /SCPR Multi-American, Dec 27, 2012/ })).toHaveAttribute('href', 'https://www.scpr.org/blogs/multiamerican/2012/12/27/11741/')
  await expect(why.getByText(/32 task-force partnerships were terminated, on top of the 7 Arizona task forces/)).toBeVisible()
  const filters = page.getByRole('form', { name: 'Filters' })
  await filters.getByText('State:').click()
  // Arizona's task forces were rescinded in June 2012: none expiring in December, but the state can still be picked.
  const arizona = filters.getByRole('checkbox', { name: /^Arizona \(AZ\)/ })
  await expect(arizona).toBeVisible()
  await expect(filters.locator('label').filter({ hasText: /^Arizona \(AZ\)/ })).toHaveText(/^Arizona \(AZ\)0$/)
  await arizona.check()
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/state=AZ/)
  await expect(page.getByRole('status').filter({ hasText: /^0 agreements/ })).toBeVisible()
})

test('the API gives the same 17 agreements', async ({ request }) => {
  const res = await request.get('/api/v1/agreements?as_of=2012-12-01&expires_before=2013-01-01&model=task_force')
  expect(res.ok()).toBe(true)
  expect((await res.json()).total).toBe(17)
})

test('filters set through the page live in the URL: reload and back restore the view', async ({ page }) => {
  await page.goto('/agreements?as_of=2012-10-16')
  const filters = page.getByRole('form', { name: 'Filters' })
  await filters.getByText('State:').click()
  await filters.getByRole('checkbox', { name: /^Virginia \(VA\)/ }).check()
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/state=VA/)
  await expect(page).not.toHaveURL(/q=&|=&|=$/)
  await expect(bodyRows(page).first()).toBeVisible()
  const vaTotal = await totalShown(page)

  await filters.getByText('Model:').click()
  await filters.getByRole('checkbox', { name: /^Task force/ }).check()
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/model=task_force/)
  await expect(page.getByRole('status').filter({ hasText: /^6 agreements/ })).toBeVisible()
  const names = await bodyRows(page).getByRole('link').allTextContents()
  expect(names.length).toBe(6)

  await page.reload()
  await expect(bodyRows(page).getByRole('link')).toHaveText(names)

  await page.goBack()
  await expect(page).not.toHaveURL(/model=/)
  await expect(page).toHaveURL(/state=VA/)
  await expect(page.getByRole('status').filter({ hasText: `${vaTotal} agreements` })).toBeVisible()
  expect(vaTotal).toBeGreaterThan(6)
})

test('the CSV export of a filtered view holds exactly the rows the page counts', async ({ page }) => {
  await page.goto('/agreements?state=TX&model=jail_enforcement,warrant_service_officer&per_page=25')
  const total = await totalShown(page)
  expect(total).toBeGreaterThan(25)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
  const text = readFileSync((await download.path())!, 'utf8')
  // RFC 4180: the header is the first line; the file name carries the filters and the date.
  expect(text.split('\r\n')[0]).toBe('id,agency_id,agency,state,county,county_fips,agency_type,model,status,signed_on,expires_on,first_listed_on,last_listed_on,moa_url,flags,sources')
  expect(download.suggestedFilename()).toMatch(/^agreements_TX_jail-enforcement-warrant-service-officer_as-of-\d{4}-\d{2}-\d{2}\.csv$/)
  const rows = parse(text, { columns: true }) as Record<string, string>[]
  expect(rows).toHaveLength(total)
  expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['TX']))
})

test('a column header sorts from the keyboard and announces it', async ({ page }) => {
  await page.goto('/agreements?as_of=2012-10-16')
  const signed = page.getByRole('columnheader', { name: 'Signed' }).getByRole('link')
  for (let i = 0; i < 80 && !(await signed.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(signed).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/sort=-signed_on/)
  await expect(page.getByRole('columnheader', { name: 'Signed' })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('columnheader', { name: 'Agency' })).toHaveAttribute('aria-sort', 'none')
})

test('several states from the form arrive as one comma-separated parameter', async ({ page }) => {
  await page.goto('/agreements?state=TX&state=FL&q=&as_of=')
  await expect(page).toHaveURL(/\/agreements\?state=TX%2CFL$|\/agreements\?state=TX,FL$/)
  await expect(page.getByText('State: Texas (TX), Florida (FL)')).toBeVisible()
})

test('a bad link falls back to defaults with a notice, and an empty result names its cause', async ({ page }) => {
  // Warrant service officer agreements did not exist in 2012: the model filter alone empties the view.
  await page.goto('/agreements?as_of=2012-10-16&state=VA&model=warrant_service_officer&per_page=banana')
  await expect(page.getByText(/Ignored per_page/)).toBeVisible()
  await expect(page.getByText('No agreements match these filters.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Remove the model filter (8 agreements)' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Remove the state filter/ })).toHaveCount(0)
})

test('/agreements has no serious accessibility violation', async ({ page }) => {
  // axe walks every filter option and table cell: 1.4 min on this shared machine at load 30.
  test.setTimeout(180_000)
  await page.goto('/agreements')
  await expect(bodyRows(page).first()).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
