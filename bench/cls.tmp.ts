import { chromium, devices } from 'playwright-core'
import { startNext } from './lib/servers.ts'
const srv = await startNext('bench/data/real.db', 3407)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const p = await b.newPage({ ...devices['Moto G4'] })
await p.addInitScript(`new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__cls ||= []).push({ t: Math.round(e.startTime), v: e.value.toFixed(3), src: e.sources.map(s => (s.node && s.node.nodeName + '.' + (s.node.className||'') + ' ' + (s.node.textContent||'').slice(0,40)) + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect)) }) }).observe({ type: 'layout-shift', buffered: true })`)
for (const u of process.argv.slice(2)) { await fetch('http://localhost:3407' + u); await p.goto('http://localhost:3407' + u); await p.waitForTimeout(2500); console.log(u, JSON.stringify(await p.evaluate('window.__cls'), null, 1)) }
await b.close(); await srv.stop(); process.exit(0)
