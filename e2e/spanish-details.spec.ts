import { expect, test } from '@playwright/test'

// Spanish inside the pages: county names on the map, chart tips, URL-parameter notices, the API page, the citation.
// Expected wording is written here, not read from the messages.

test('on /es/map a county’s accessible name (and its tip) is a Spanish sentence', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/es/map?as_of=2010-12-31')
  // Harris County, TX: the first county switched on for Secure Communities (2008-10-27); its sheriff had a jail agreement in 2010.
  const harris = page.locator('[data-fips="48201"]').first()
  await expect(harris).toHaveAttribute('aria-label', /^Harris County, TX: activado el 2008-10-27; 287\(g\): .*cárcel \(Jail Enforcement\)/)
  await harris.focus()
  await expect(page.getByText(/^Harris County, TX: activado el 2008-10-27; 287\(g\)/).first()).toBeVisible()
})

test('a chart tip on /es/trends is in Spanish with Spanish numbers', async ({ page }) => {
  await page.goto('/es/trends')
  const band = page.locator('[data-tips]:visible').first()
  const box = (await band.boundingBox())!
  const hoverMonth = (i: number) => band.hover({ position: { x: ((i + 0.5) * box.width) / 72, y: box.height / 2 } })
  await hoverMonth(12 * 4 + 9) // 2012-10: ICE's 2012-10-16 roster lists 17 task forces and 40 jail agreements
  await expect(page.getByRole('tooltip')).toHaveText(/^2012-10-31: Grupo de trabajo \(Task Force\) 17, Cárcel \(Jail Enforcement\) 40\. Comunidades Seguras activo en \d{4} condados \(\d+,\d\s%\)$/)
  await hoverMonth(12 + 5) // 2009-06: no list held
  await expect(page.getByRole('tooltip')).toHaveText(/^2009-06-30: el rastreador no tiene ninguna lista de ICE para este mes\./)
})

test('a bad as_of on /es/agreements is reported in Spanish', async ({ page }) => {
  await page.goto('/es/agreements?as_of=bad')
  const today = new Date().toISOString().slice(0, 10)
  await expect(page.getByRole('status').filter({ hasText: 'as_of' })).toContainText(`Se ignoró as_of: «bad» no es una fecha real escrita AAAA-MM-DD; se muestra hoy (${today}).`)
})

test('/es/docs/api has a Spanish heading and says the reference is in English', async ({ page }) => {
  await page.goto('/es/docs/api')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documentación de la API v1')
  await expect(page.getByText('La referencia completa que sigue está en inglés.')).toBeVisible()
  await page.goto('/docs/api')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API v1')
})

test('the Cite permalink on /es/states/TX keeps /es', async ({ page }) => {
  await page.goto('/es/states/TX?as_of=2012-12-31')
  await page.getByText('Citar esta página').click()
  const link = page.getByRole('link', { name: /\/es\/states\/TX\?as_of=2012-12-31$/ })
  await expect(link).toHaveAttribute('href', /^https?:\/\/[^/]+\/es\/states\/TX\?as_of=2012-12-31$/)
})
