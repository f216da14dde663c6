import { describe, expect, it } from 'vitest'
import { coverageAt, coverageWindows, windowAt, type CaptureRef } from './coverage'

const cap = (id: number, kind: string, asOf: string, seenOn: string | null = null, dayOrder = 0): CaptureRef => ({ id, kind, asOf, dayOrder, seenOn, versionId: id, label: `${kind} ${asOf}` })

// Real capture dates: ICE's roster captions and Wayback captures (ddp/pre2018-roster-long.csv), then dense lists.
const windows = coverageWindows([
  cap(1, 'roster', '2012-10-16', '2013-01-18'),
  cap(2, 'roster', '2012-12-31', '2013-04-02'),
  cap(3, 'roster', '2016-03-17'),
  cap(4, 'roster', '2016-06-11'),
  cap(5, 'roster', '2017-08-01'),
  cap(6, 'participating', '2021-01-13'),
  cap(7, 'participating', '2025-09-22', null, 100_000),
  cap(8, 'participating', '2025-09-22', null, 400_000),
  cap(9, 'participating', '2025-10-20'),
  cap(10, 'participating', '2026-05-18'),
])

describe('the coverage rule', () => {
  it('answers from the capture dated on or before the day, the later caption superseding a capture seen later', () => {
    expect(windowAt(windows, '2012-12-30')?.id).toBe(1)
    expect(windowAt(windows, '2012-12-31')?.id).toBe(2)
  })
  it('covers the days between two roster captures within 180 days (2016-06-01)', () => {
    expect(windowAt(windows, '2016-06-01')?.id).toBe(3)
  })
  it('is a gap past a roster capture window and before the next capture (2019-06-01)', () => {
    expect(windowAt(windows, '2018-01-28')?.id).toBe(5)
    expect(windowAt(windows, '2018-01-29')).toBeUndefined()
    expect(windowAt(windows, '2019-06-01')).toBeUndefined()
  })
  it('is a gap 31 days after a dense capture with no capture since', () => {
    expect(windowAt(windows, '2021-02-12')?.id).toBe(6)
    expect(windowAt(windows, '2021-02-13')).toBeUndefined()
  })
  it('answers a day with two captures from the later one', () => {
    expect(windowAt(windows, '2025-09-22')?.id).toBe(8)
    expect(windowAt(windows, '2025-10-19')?.id).toBe(8)
  })
  it('has no basis before the first capture', () => {
    expect(windowAt(windows, '2012-10-15')).toBeUndefined()
  })
  it('answers every day after the newest capture, stale after 14 days, with its age', () => {
    expect(coverageAt(windows, '2026-06-01')).toMatchObject({ stale: false, ageDays: 14 })
    expect(coverageAt(windows, '2026-06-02')).toMatchObject({ stale: true, ageDays: 15 })
    expect(coverageAt(windows, '2026-12-01')).toMatchObject({ stale: true, ageDays: 197 })
    expect(coverageAt(windows, '2026-12-01').window?.id).toBe(10)
  })
})
