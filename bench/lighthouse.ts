import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export interface LighthouseRow { page: string; performance: number | null; accessibility: number | null; best_practices: number | null; seo: number | null; note?: string }

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Lighthouse 12 (default mobile emulation and throttling) in Debian's Chromium. */
export async function lighthouseRuns(baseUrl: string, pages: string[]): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS })
  const out: LighthouseRow[] = []
  try {
    for (const page of pages) {
      const status = (await fetch(baseUrl + page)).status
      if (status === 404) { out.push({ page, performance: null, accessibility: null, best_practices: null, seo: null, note: 'skipped: 404 (page not built yet)' }); continue }
      const result = await lighthouse(baseUrl + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
      const c = result?.lhr.categories
      const score = (k: string) => (c?.[k]?.score == null ? null : Math.round(c[k]!.score! * 100))
      out.push({ page, performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo') })
    }
  } finally {
    await chrome.kill()
  }
  return out
}
