import { describe, expect, it } from 'vitest'
import { staleness } from './staleness'

describe('staleness', () => {
  it.each([
    ['2026-05-18', '2026-05-18', 0, false],
    ['2026-05-18', '2026-06-01', 14, false],
    ['2026-05-18', '2026-06-02', 15, true],
    // 2026-12-01 is 197 days after ICE's 2026-05-18 list (issue 11).
    ['2026-05-18', '2026-12-01', 197, true],
    ['2024-02-28', '2024-03-01', 2, false],
  ])('a list of %s seen on %s is %i days old (stale: %s)', (newest, today, ageDays, stale) => {
    expect(staleness(newest, today)).toEqual({ newestList: newest, ageDays, stale })
  })

  it('is stale when no list is held', () => {
    expect(staleness(null, '2026-12-01')).toEqual({ newestList: null, ageDays: null, stale: true })
  })
})
