import { describe, expect, it } from 'vitest'
import { coverageWindows, windowAt } from './coverage'

const lists = [
  { id: 1, asOf: '2010-10-29', capturedOn: '2011-02-20', label: 'a' },
  { id: 2, asOf: '2011-09-02', capturedOn: '2012-08-01', label: 'b' },
  { id: 3, asOf: '2012-10-02', capturedOn: '2012-10-07', label: 'c' },
  { id: 4, asOf: '2012-12-31', capturedOn: '2013-04-02', label: 'd' },
  { id: 5, asOf: '2025-01-04', capturedOn: null, label: 'e' },
]

describe('coverageWindows', () => {
  const w = coverageWindows(lists)
  it('steps from list to list when they follow within 400 days', () => {
    expect(windowAt(w, '2012-09-30')?.id).toBe(2)
    expect(windowAt(w, '2012-10-02')?.id).toBe(3)
  })
  it('ends a list before a long silence at its last capture', () => {
    expect(windowAt(w, '2013-04-02')?.id).toBe(4)
    expect(windowAt(w, '2013-04-03')).toBeUndefined()
    expect(windowAt(w, '2018-06-01')).toBeUndefined()
  })
  it('has no basis before the first list', () => {
    expect(windowAt(w, '2010-10-28')).toBeUndefined()
  })
  it('lets the newest list stand for 400 days', () => {
    expect(windowAt(w, '2026-02-07')?.id).toBe(5)
    expect(windowAt(w, '2026-02-08')).toBeUndefined()
  })
})
