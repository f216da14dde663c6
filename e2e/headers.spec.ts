import { expect, test, type Page } from '@playwright/test'
import { collectErrors } from './console-errors'

// The pages a reader and an editor reach first; each must carry the headers and run without a CSP violation.
const PAGES = ['/', '/agreements', '/map', '/trends', '/states/TX', '/agencies/2', '/login', '/sources', '/policy']

/** Console errors, failed requests and every CSP violation the page reports (securitypolicyviolation events). */
async function watch(page: Page): Promise<string[]> {
  const errors = collectErrors(page)
  await page.exposeFunction('__cspViolation', (v: string) => errors.push(`CSP violation: ${v}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)
    })
  })
  return errors
}

for (const path of PAGES) {
  test(`${path} sends the security headers and renders without a CSP violation`, async ({ page }) => {
    const errors = await watch(page)
    const res = await page.goto(path)
    expect(res!.status()).toBe(200)
    const h = res!.headers()
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/)
    expect(h['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
    // Served over plain HTTP here (SITE_URL is http): no HSTS.
    expect(h['strict-transport-security']).toBeUndefined()
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
  })
}

test('every response gets a fresh nonce, and Next puts it on its scripts', async ({ page, request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/agreements')).headers()['content-security-policy'] ?? '')?.[1]
  const [a, b] = [await nonce(), await nonce()]
  expect(a).toBeTruthy()
  expect(a).not.toBe(b)
  const res = await page.goto('/trends')
  const current = /'nonce-([^']+)'/.exec(res!.headers()['content-security-policy']!)![1]
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.every((n) => n === current)).toBe(true)
})

test('API answers, feeds and downloads carry the headers too', async ({ request }) => {
  for (const url of ['/api/v1/agreements?per_page=1', '/feeds/changes.atom?state=VA', '/trends/data/by-state.csv', '/api/v1/nope']) {
    const h = (await request.get(url)).headers()
    expect(h['x-content-type-options'], url).toBe('nosniff')
    expect(h['content-security-policy'], url).toContain("frame-ancestors 'none'")
    expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
  }
})

test('hydration still works under the CSP: the map controls respond and chart tips show', async ({ page }) => {
  const errors = await watch(page)
  await page.goto('/map?as_of=2010-12-31')
  await page.getByRole('slider', { name: /Rollout month/ }).fill('0')
  await expect(page).toHaveURL(/as_of=2008-10-31/)
  await page.goto('/trends')
  const band = page.locator('[data-tips]:visible').first()
  const box = (await band.boundingBox())!
  await band.hover({ position: { x: box.width / 2, y: box.height / 2 } })
  await expect(page.getByRole('tooltip')).toBeVisible()
  expect(errors).toEqual([])
})

test('a forged X-Forwarded-Host never reaches a redirect or a feed link', async ({ request }) => {
  const headers = { 'x-forwarded-host': 'evil.test' }
  const admin = await request.get('/admin', { headers, maxRedirects: 0 })
  expect(admin.status()).toBe(307)
  expect(admin.headers()['location']).toMatch(/^\/login\?next=%2Fadmin$/)
  expect(await (await request.get('/feeds/changes.atom?state=VA', { headers })).text()).not.toContain('evil.test')
})

test('absolute links come from SITE_URL, never from a Host or X-Forwarded-Host the client sent', async ({ request }) => {
  const html = await (await request.get('/states/TX', { headers: { 'x-forwarded-host': 'evil.test', 'x-forwarded-proto': 'https' } })).text()
  expect(html).not.toContain('evil.test')
  // The citation's permalink is absolute, on SITE_URL (left at its default here).
  expect(html).toMatch(/http:\/\/localhost:\d+\/states\/TX\?as_of=\d{4}-\d{2}-\d{2}/)
})

