import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'

const WIDTH = 390

/**
 * Every public page, found from app/ on disk so that a new page is covered without editing this file. Route groups
 * "(x)" and private folders "_x" add no URL segment; admin pages are not public.
 */
function publicRoutes(dir = 'app', segments: string[] = []): string[][] {
  const routes: string[][] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      if (name.startsWith('_') || name.startsWith('@') || (segments.length === 0 && name === 'admin')) continue
      routes.push(...publicRoutes(full, /^\(.*\)$/.test(name) ? segments : [...segments, name]))
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) routes.push(segments)
  }
  return routes
}

/** A value for each dynamic segment; a page with a segment not named here fails until one is added. */
async function sampleFor(segment: string, page: Page): Promise<string | undefined> {
  const name = segment.replace(/^\[+\.{0,3}|\]+$/g, '')
  switch (name) {
    case 'code':
    case 'state':
      return 'TX'
    case 'locale':
    case 'lang':
      return 'es'
    case 'year':
      return '2025' // the year with the most captures (443)
    case 'publicId':
      return 'no-such-correction'
    case 'id': {
      await page.goto('/agreements')
      const href = await page.locator('a[href^="/agencies/"]').first().getAttribute('href')
      return href?.split('/').at(-1)
    }
    default:
      return undefined
  }
}

/** Views of listed pages that render much more than their default (the Dec 2012 table, a gap, a big state). */
const EXTRA_VIEWS = [
  '/agreements?as_of=2012-12-01&expires_before=2013-01-01',
  '/agreements?state=TX&per_page=100',
  '/expiring?as_of=2012-12-01',
  '/states?as_of=2012-10-16',
  '/states/AZ?as_of=2012-10-16',
  '/map?as_of=2010-12-31',
]

test.use({ viewport: { width: WIDTH, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

async function overflow(page: Page, url: string): Promise<string | null> {
  await page.goto(url)
  const { scrollWidth, widest } = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth
    const scrollWidth = document.documentElement.scrollWidth
    let widest = ''
    // The walk over every element (29,000 on /sources) only names the culprit of a failure.
    if (scrollWidth <= vw) return { scrollWidth, widest }
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.right > vw + 1 && !widest) widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.getAttribute('class')).slice(0, 80)} (right ${Math.round(r.right)})`
    }
    return { scrollWidth, widest }
  })
  return scrollWidth > WIDTH ? `${url}: scrollWidth ${scrollWidth}; first element past the edge: ${widest}` : null
}

const ROUTES = publicRoutes()

test('the pages are found on disk', () => {
  expect(ROUTES.length).toBeGreaterThan(10)
  expect(ROUTES).toContainEqual(['states', '[code]'])
})

for (const segments of ROUTES) {
  test(`/${segments.join('/')} has no sideways scroll at ${WIDTH} px`, async ({ page }) => {
    const parts: string[] = []
    for (const s of segments) {
      if (!s.startsWith('[')) { parts.push(s); continue }
      const value = await sampleFor(s, page)
      expect(value, `no sample value for the dynamic segment ${s} of /${segments.join('/')}: add one to sampleFor`).toBeTruthy()
      parts.push(value!)
    }
    expect(await overflow(page, `/${parts.join('/')}`)).toBeNull()
  })
}

for (const url of EXTRA_VIEWS) {
  test(`${url} has no sideways scroll at ${WIDTH} px`, async ({ page }) => {
    expect(await overflow(page, url)).toBeNull()
  })
}

test('the agreements table reads as one card per agreement on a phone', async ({ page }) => {
  await page.goto('/agreements?as_of=2012-12-01&expires_before=2013-01-01&model=task_force')
  const row = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row').first()
  await expect(row).toBeVisible()
  // Every column of the row is on screen, each labelled by its header.
  for (const label of ['State', 'Model', 'Status', 'Signed', 'Expires', 'First listed', 'Last listed']) {
    const cell = row.locator(`td[data-label="${label}"]`)
    const cellBox = await cell.boundingBox()
    expect(cellBox!.x).toBeGreaterThanOrEqual(0)
    expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(WIDTH)
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${label}"`)
  }
  const box = await row.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(WIDTH)
})
