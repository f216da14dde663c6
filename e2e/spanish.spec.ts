import { expect, test, type Page } from '@playwright/test'
import { collectErrors } from './console-errors'
import { mapAxe } from './map-axe'

// Each public page in Spanish, with the heading a Spanish reader should see (written here, not read from the messages).
// `roundTrip` pages are switched to English and back by clicking; on the others the switch's address is checked.
const PAGES = [
  { es: '/es', en: '/', heading: 'Acuerdos 287(g) entre ICE y las policías locales', roundTrip: true },
  { es: '/es/agreements', en: '/agreements', heading: 'Acuerdos 287(g)' },
  { es: '/es/states', en: '/states', heading: 'Acuerdos 287(g) por estado' },
  { es: '/es/states/TX', en: '/states/TX', heading: 'Acuerdos 287(g) en Texas', roundTrip: true },
  { es: '/es/expiring', en: '/expiring', heading: 'Acuerdos que vencen' },
  // The map's 3,221 county shapes are slow to draw and to walk on a loaded machine.
  { es: '/es/map', en: '/map', heading: 'Comunidades Seguras y 287(g), condado por condado', slow: true },
  { es: '/es/trends', en: '/trends', heading: 'Tendencias: el fin de los grupos de trabajo 287(g) y la implantación de Comunidades Seguras' },
  { es: '/es/policy', en: '/policy', heading: 'Cronología de políticas' },
  { es: '/es/sources', en: '/sources', heading: 'Fuentes y métodos', slow: true },
  { es: '/es/search?q=Hillsborough', en: '/search?q=Hillsborough', heading: 'Buscar agencias', roundTrip: true },
  { es: '/es/compare', en: '/compare', heading: 'Comparar estados y agencias' },
  { es: '/es/pending', en: '/pending', heading: 'Solicitudes 287(g) pendientes' },
] as { es: string; en: string; heading: string; slow?: boolean; roundTrip?: boolean }[]

// The English pages run every axe rule on the same components and styles; what translation can break is words: names,
// labels, titles, language attributes and landmarks told apart by their labels. These pages run those rules only.
const WORDING_RULES = [
  'area-alt', 'aria-command-name', 'aria-dialog-name', 'aria-input-field-name', 'aria-meter-name', 'aria-progressbar-name',
  'aria-toggle-field-name', 'aria-tooltip-name', 'button-name', 'document-title', 'empty-heading', 'empty-table-header',
  'frame-title', 'html-has-lang', 'html-lang-valid', 'image-alt', 'input-button-name', 'input-image-alt', 'label',
  'landmark-unique', 'link-name', 'object-alt', 'role-img-alt', 'select-name', 'summary-name', 'svg-img-alt', 'valid-lang',
]

async function expectAxeClean(page: Page) {
  // On pages with the county map, its counties after the first 100 (the same markup) are left out (map-axe.ts).
  const results = await mapAxe(page).withRules(WORDING_RULES).analyze()
  expect(results.passes.length, 'axe ran the wording rules').toBeGreaterThan(3)
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

async function expectSpanishPage(page: Page, path: string, heading: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  const alternate = (lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`)
  const [pathname, query] = path.split('?')
  const esPath = `${pathname}${query ? `?${query}` : ''}`
  const enPath = `${pathname === '/es' ? '/' : pathname!.slice(3)}${query ? `?${query}` : ''}`
  await expect(alternate('es')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${escape(esPath)}$`))
  await expect(alternate('en')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${escape(enPath)}$`))
  await expect(alternate('x-default')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${escape(enPath)}$`))
  // The site's own links stay in Spanish.
  for (const href of await page.getByRole('navigation', { name: 'Principal' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/es\//)
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

for (const p of PAGES) {
  test(`${p.es} renders in Spanish, axe clean, with hreflang and a switch to English${p.roundTrip ? ' and back' : ''}`, async ({ page }) => {
    test.setTimeout(p.slow ? 480_000 : 120_000)
    const errors = collectErrors(page)
    await page.goto(p.es)
    await expectSpanishPage(page, p.es, p.heading)
    await expectAxeClean(page)
    const english = page.getByRole('banner').getByRole('link', { name: 'English', exact: true })
    if (!p.roundTrip) {
      await expect(english).toHaveAttribute('href', p.en)
      expect(errors).toEqual([])
      return
    }

    await english.click()
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === p.en)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('banner').getByRole('link', { name: 'Español', exact: true }).click()
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === p.es)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading)
    expect(errors).toEqual([])
  })
}

test('an agency page found through the Spanish search is in Spanish and axe clean', async ({ page }) => {
  await page.goto('/es/search?q=Hillsborough')
  await page.getByRole('main').getByRole('link', { name: /Hillsborough County Sheriff/ }).first().click()
  await expect(page).toHaveURL(/\/es\/agencies\/\d+$/)
  const path = new URL(page.url()).pathname
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { name: 'Identidad', level: 2 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Acuerdos y su historia', level: 2 })).toBeVisible()
  // Right after a client navigation the search page's alternate link can still be in the head: wait until it is gone.
  const english = page.locator('head link[rel="alternate"][hreflang="en"]')
  await expect(english).toHaveCount(1)
  await expect(english).toHaveAttribute('href', new RegExp(`${escape(path.slice(3))}$`))
  await expectAxeClean(page)
  await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${escape(path.slice(3))}$`))
  await expect(page.getByRole('heading', { name: 'Identity', level: 2 })).toBeVisible()
})

test('numbers and dates are written the Spanish way', async ({ page }) => {
  await page.goto('/es')
  // ICE's newest list held, participatingAgencies05182026am.xlsx, has 1,843 rows.
  await expect(page.getByRole('region', { name: 'En la lista más reciente de ICE' }).getByRole('link', { name: '1843', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Lista de ICE más reciente' }).getByText('18 de mayo de 2026')).toBeVisible()
  await page.goto('/es/agreements?as_of=2026-05-18')
  await expect(page.getByRole('status').filter({ hasText: 'acuerdos' })).toHaveText('1843 acuerdos')
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'On ICE’s newest list' }).getByRole('link', { name: '1,843', exact: true })).toBeVisible()
})

test('administration, sign-in and the JSON API have no Spanish address', async ({ page, request }) => {
  for (const path of ['/es/admin', '/es/admin/users', '/es/login', '/es/api/v1/snapshots']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404)
  }
  const res = await page.goto('/es/admin')
  expect(res?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada')
})

test('a Spanish filter form stays in Spanish when submitted', async ({ page }) => {
  await page.goto('/es/agreements')
  await page.getByLabel('Buscar agencias y condados').fill('Harris')
  await page.getByRole('button', { name: 'Aplicar filtros' }).click()
  await expect(page).toHaveURL(/\/es\/agreements\?.*q=Harris/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})
