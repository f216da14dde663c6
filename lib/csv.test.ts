import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvStream, toCsv, type CsvCell } from './csv'
import { LIVE_FORMULA, PLAIN_NUMBER, strictParse } from './test/csv-checks'

const risky = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '"', ',', '\n', "'"), fc.string()).map(([a, b]) => a + b),
  fc.constantFrom('=HYPERLINK("http://evil.test","x")', '-2+3', '@SUM(A1)', '+1', '=1\n=2', '"=x"'),
)
const cell: fc.Arbitrary<CsvCell> = fc.oneof(risky, fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null))

describe('the CSV writer', () => {
  it('writes cells a strict RFC 4180 parser reads back, with no live formula and numbers kept as numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const parsed = strictParse(toCsv(['a', 'b', 'c'], rows))
        expect(parsed[0]).toEqual(['a', 'b', 'c'])
        expect(parsed).toHaveLength(rows.length + 1)
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            const out = parsed[r + 1]![c]!
            expect(LIVE_FORMULA.test(out) && !PLAIN_NUMBER.test(out)).toBe(false)
            if (typeof v === 'number') expect(Number(out) === v).toBe(true)
            else if (typeof v === 'string') expect(out).toBe(LIVE_FORMULA.test(v) ? `'${v}` : v)
            else expect(out).toBe('')
          }),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('streams the same text page by page', async () => {
    const pages = [[[1, '=x']], [], [[-2, 'y']]] as CsvCell[][][]
    const text = await new Response(csvStream(['n', 's'], (async function* () { yield* pages })())).text()
    expect(text).toBe("n,s\r\n1,'=x\r\n-2,y\r\n")
    expect(text).toBe(toCsv(['n', 's'], pages.flat()))
  })
})
