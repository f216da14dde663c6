import { expect, test, type Page } from '@playwright/test'

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

test('/es/docs/api shows the reference in Spanish (docs/api.es.md), endpoint paths kept as code', async ({ page }) => {
  await page.goto('/es/docs/api')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('API v1')
  await expect(main.getByRole('heading', { level: 2, name: 'Cobertura: en qué lista se basa cada cifra' })).toBeVisible()
  await expect(main).toContainText('Cada cifra se basa en una lista fechada de ICE (la base).')
  const endpoint = main.getByRole('heading', { level: 2, name: 'GET /api/v1/agreements', exact: true })
  await expect(endpoint.getByRole('code')).toHaveText('GET /api/v1/agreements')
  await expect(main).not.toContainText('está en inglés')
  await expect(main).not.toContainText('Coverage: which list a number rests on')
  await expect(main.locator('[lang="en"]')).toHaveCount(0)
  await page.goto('/docs/api')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API v1')
  await expect(page.getByRole('heading', { level: 2, name: 'Coverage: which list a number rests on' })).toBeVisible()
})

test('the Cite permalink on /es/states/TX keeps /es', async ({ page }) => {
  await page.goto('/es/states/TX?as_of=2012-12-31')
  await page.getByText('Citar esta página').click()
  const link = page.getByRole('link', { name: /\/es\/states\/TX\?as_of=2012-12-31$/ })
  await expect(link).toHaveAttribute('href', /^https?:\/\/[^/]+\/es\/states\/TX\?as_of=2012-12-31$/)
})

/** Text nodes inside `main` that contain `phrase` and are not inside an element marked lang="en" (recorded text may be). */
async function unmarkedEnglish(page: Page, phrase: string) {
  return page.getByRole('main').evaluate((main, p) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const out: string[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.includes(p) && !n.parentElement?.closest('[lang="en"]')) out.push(n.textContent.trim())
    return out
  }, phrase)
}

// ICE's lists by name (lib/i18n/list-label.ts): "lista de ICE del …" on Spanish pages, "ICE list of …" on English ones and in the API.
test('/es/sources/2025 names each list in Spanish; /sources/2025 keeps ICE’s English label', async ({ page }) => {
  await page.goto('/es/sources/2025')
  // ICE's web table of 2025-01-04 is the first capture of 2025 (prisma/data/ice-history/MANIFEST.tsv).
  await expect(page.getByRole('link', { name: 'lista de ICE del 2025-01-04', exact: true })).toHaveAttribute('href', /\/es\/sources\/lists\/\d+$/)
  await expect(page.getByRole('main')).not.toContainText('ICE list of')
  await page.getByRole('link', { name: 'lista de ICE del 2025-01-04', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista de ICE del 2025-01-04')
  await page.goto('/sources/2025')
  await expect(page.getByRole('link', { name: 'ICE list of 2025-01-04', exact: true })).toBeVisible()
})

test('/es/states/TX words its breakdown in Spanish', async ({ page }) => {
  await page.goto('/es/states/TX')
  const main = page.getByRole('main')
  for (const english of ['agreements held by', 'too many to list here', 'in the agreements table', 'agreements are held by agencies', 'A county link searches', 'ICE list of']) {
    await expect(main).not.toContainText(english)
  }
  await expect(main.getByText(/^\d+ acuerdos de \d+ agencias en \d+ condados: demasiados para listarlos aquí\./)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ver los 387 en la tabla de acuerdos' })).toHaveAttribute('href', '/es/agreements?state=TX')
  await expect(main.getByText('Cada enlace de condado busca su nombre en la tabla de acuerdos.')).toBeVisible()
})

test('/es/map names the basis list in Spanish', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/es/map')
  // ICE's newest list held is of 2026-05-18 (MANIFEST.tsv).
  await expect(page.getByText(/\(lista de ICE del 2026-05-18\): \d+ condados con un acuerdo 287\(g\)/)).toBeVisible()
})

test('/es/trends words the dates ICE misprinted, not its flag codes', async ({ page }) => {
  await page.goto('/es/trends')
  // Campbell County Sheriff's Office (VA) is printed signed "05/082025" on ICE's 2025 lists; 2025-05-08 comes from another.
  const note = page.locator('#new-agreements').getByText(/Fechas que ICE imprimió mal:/)
  await expect(note).toContainText("Campbell County Sheriff's Office (VA) «05/082025» (no es una fecha; se usa el 2025-05-08 de otra lista de ICE)")
  await expect(note).not.toContainText('malformed_date')
  await expect(note).not.toContainText('from another ICE list')
  await expect(page.getByRole('main')).not.toContainText('ICE roster of')
})

test('/trends words the misprinted dates in English, each once, and only date problems', async ({ page }) => {
  await page.goto('/trends')
  const note = page.locator('#new-agreements').getByText(/Dates ICE printed wrongly:/)
  await expect(note).toContainText("Campbell County Sheriff's Office (VA) “05/082025” (not a date; 2025-05-08 from another ICE list used)")
  const text = (await note.textContent()) ?? ''
  expect(text.split("Campbell County Sheriff's Office").length - 1).toBe(1)
  // Misspelt states (ICE's "PENNSLYVANIA") are not date problems.
  expect(text).not.toContain('state spelled another way')
  expect(text).not.toContain('malformed_date')
})

test('an agency timeline on /es names its lists in Spanish', async ({ page }) => {
  await page.goto('/es/search?q=etowah')
  await page.getByRole('link', { name: "Etowah County Sheriff's Office" }).click()
  // Etowah's jail agreement is on all 33 roster captures, 2010-10-29 to 2017-08-01 (ddp/pre2018-roster-long.csv).
  const jail = page.getByRole('article').filter({ hasText: 'En cada una de las 33 capturas, de la lista de ICE (hoja informativa) del 2010-10-29 a la lista de ICE (hoja informativa) del 2017-08-01, como cárcel (Jail Enforcement)' })
  await expect(jail.getByRole('link', { name: 'lista de ICE (hoja informativa) del 2017-08-01' }).first()).toHaveAttribute('href', /^\/es\/sources\/lists\/\d+$/)
  // Derived events ("New signing date … in ICE roster of 2013-08-07") are worded in Spanish; a recorded reason left in
  // English is marked so; nothing else names a list in English.
  await expect(jail.getByText(/Nueva fecha de firma \d{4}-\d{2}-\d{2} \(antes \d{4}-\d{2}-\d{2}\) en la lista de ICE \(hoja informativa\) del/).first()).toBeVisible()
  expect(await unmarkedEnglish(page, 'ICE roster of')).toEqual([])
  expect(await unmarkedEnglish(page, 'ICE list of')).toEqual([])
})

test('/es words the 2012 task-force non-renewal in Spanish', async ({ page }) => {
  await page.goto('/es/search?q=herndon')
  await page.getByRole('link', { name: 'Herndon Police Department' }).click()
  // Herndon's task force is on ICE's roster of 2012-10-16 and not on that of 2012-12-31 (prisma/data, rosters).
  await expect(page.getByText(/No renovado: el 21 de diciembre de 2012, ICE decidió no renovar ningún acuerdo 287\(g\) de grupo de trabajo/)).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('Not renewed: ICE decided')
})

test('/es/pending names the pending list in Spanish', async ({ page }) => {
  await page.goto('/es/pending')
  // ICE's last pending list held is of 2026-02-27 (MANIFEST.tsv).
  await expect(page.getByRole('heading', { level: 2, name: 'Lista de pendientes de ICE del 2026-02-27' })).toBeVisible()
  await expect(page.getByText(/^Filas de la lista de pendientes de ICE del 2026-02-27, en el orden de ICE/)).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('ICE pending list of')
})

test('policy titles and sources on /es/policy are marked English wherever they appear', async ({ page }) => {
  await page.goto('/es/policy')
  const { found, unmarked } = await page.getByRole('main').evaluate((main) => {
    const titles = ['Warrant Service Officer model launched', 'ICE rescinds Arizona\'s task-force agreements', 'Memo text at mikebakerlaw.com']
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    const hits = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (titles.some((t) => n!.textContent?.includes(t))) hits.push(n)
    return { found: hits.length, unmarked: hits.filter((n) => !n.parentElement?.closest('[lang="en"]')).map((n) => n.textContent!.trim()) }
  })
  // Each event's title shows in its heading and in its three links' hidden text; a source without an address as plain text.
  expect(found).toBeGreaterThanOrEqual(9)
  expect(unmarked).toEqual([])
})
