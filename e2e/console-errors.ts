import type { Page } from '@playwright/test'

/** Console errors and failed requests, except prefetches of other pages (the footer links to pages other areas add). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()))
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('_rsc=') && errors.push(`${r.status()} ${r.url()}`))
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}
