import { describe, expect, it } from 'vitest'
import { formatRank, rankBy } from './ranks'

const rows = [
  { code: 'TX', total: 387 },
  { code: 'FL', total: 348 },
  { code: 'MO', total: 103 },
  { code: 'PA', total: 103 },
  { code: 'VT', total: 0 },
  { code: 'WY', total: 0 },
]

describe('rankBy', () => {
  it('ranks from the largest count, ties sharing a rank', () => {
    expect(rankBy(rows, 'TX', (r) => r.total)).toEqual({ rank: 1, of: 6, tied: false, value: 387 })
    expect(rankBy(rows, 'PA', (r) => r.total)).toEqual({ rank: 3, of: 6, tied: true, value: 103 })
    expect(rankBy(rows, 'WY', (r) => r.total)).toEqual({ rank: 5, of: 6, tied: true, value: 0 })
  })
  it('gives nothing for a code not in the rows', () => {
    expect(rankBy(rows, 'ZZ', (r) => r.total)).toBeNull()
  })
  it('formats as #N of M', () => {
    expect(formatRank({ rank: 3, of: 56, tied: true, value: 103 })).toBe('#3 (tied) of 56')
    expect(formatRank({ rank: 1, of: 56, tied: false, value: 387 })).toBe('#1 of 56')
  })
})
