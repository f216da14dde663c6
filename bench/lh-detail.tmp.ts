import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startNext } from './lib/servers.ts'
const srv = await startNext('bench/data/real.db', 3401)
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
try {
  for (const page of process.argv.slice(2)) {
    await fetch('http://localhost:3401' + page)
    const r = await lighthouse('http://localhost:3401' + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    const a = r!.lhr.audits
    console.log(page, Math.round(r!.lhr.categories.performance!.score! * 100), ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((k) => `${k}=${a[k]!.displayValue}(${a[k]!.score})`).join(' '))
    console.log(' shifts:', String(JSON.stringify((a['layout-shifts']?.details as any)?.items?.map((i: any) => [i.score, i.node?.snippet, i.node?.selector]))).slice(0, 1500))
    const lt = a['long-tasks']?.details as any
    console.log(' long tasks:', lt?.items?.slice(0, 8).map((i: any) => `${i.url?.split('/').pop()}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(' '))
    console.log(' dom size:', a['dom-size']?.displayValue)
  }
} catch (e) { console.error(e) } finally { await chrome.kill(); await srv.stop(); process.exit(0) }
