import { chromium, devices } from 'playwright-core'
import { startNext } from './lib/servers.ts'
const srv = await startNext('bench/data/real.db', 3404)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const p = await b.newPage({ ...devices['Moto G4'] })
await p.addInitScript(`new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__lcp ||= []).push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + ' ' + (e.element.textContent || '').slice(0, 60) : null }) }).observe({ type: 'largest-contentful-paint', buffered: true })`)
for (const u of process.argv.slice(2)) { await fetch('http://localhost:3404' + u); await p.goto('http://localhost:3404' + u); await p.waitForTimeout(1500); console.log(u, JSON.stringify(await p.evaluate('window.__lcp'))) }
await b.close(); await srv.stop(); process.exit(0)
