import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export interface LighthouseRow { page: string; performance: number | null; performance_runs: string; accessibility: number | null; best_practices: number | null; seo: number | null; note?: string }

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * Lighthouse 12 (default mobile emulation and throttling) in Debian's Chromium. Performance varies by several points
 * between identical runs, so each page is audited once to warm the server and then `runs` times; the median is reported
 * (as Lighthouse's own guidance on variability suggests), with every run's score beside it.
 */
export async function lighthouseRuns(baseUrl: string, pages: string[], runs = 3): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS })
  const out: LighthouseRow[] = []
  const audit = async (url: string) => {
    const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))?.lhr
    const c = lhr?.categories
    const score = (k: string) => (c?.[k]?.score == null ? null : Math.round(c[k]!.score! * 100))
    return { score, noindex: lhr?.audits['is-crawlable']?.score === 0 }
  }
  try {
    for (const page of pages) {
      const status = (await fetch(baseUrl + page)).status
      if (status === 404) { out.push({ page, performance: null, performance_runs: '', accessibility: null, best_practices: null, seo: null, note: 'skipped: 404 (page not built yet)' }); continue }
      await audit(baseUrl + page)
      const scores = []
      for (let i = 0; i < runs; i++) scores.push(await audit(baseUrl + page))
      const perf = scores.map((s) => s.score('performance') ?? 0)
      const last = scores.at(-1)!
      // A page that asks not to be indexed (a correction's form and status) fails SEO's is-crawlable audit by design.
      const note = last.noindex ? 'noindex by design: SEO is-crawlable fails' : undefined
      out.push({ page, performance: median(perf), performance_runs: perf.join(' '), accessibility: last.score('accessibility'), best_practices: last.score('best-practices'), seo: last.score('seo'), ...(note && { note }) })
    }
  } finally {
    await chrome.kill()
  }
  return out
}
