import { describe, expect, it } from 'vitest'
import { parseLooseDate } from '../dates'

describe('parseLooseDate: the ways ICE and the copies of its lists write a signing date', () => {
  it.each([
    ['2025-07-18', '2025-07-18'],
    ['2025-07-18T00:00:00.000Z', '2025-07-18'],
    ['2025-07-18 00:00:00', '2025-07-18'],
    ['3/4/25', '2025-03-04'],
    ['03/04/2025', '2025-03-04'],
    ['7-7-2025', '2025-07-07'],
    ['2025/7/7', '2025-07-07'],
    ['July 7, 2025', '2025-07-07'],
    ['Sept. 2, 2025', '2025-09-02'],
    ['7-Jul-25', '2025-07-07'],
    ['7 July 2025', '2025-07-07'],
  ])('%s → %s', (raw, iso) => {
    expect(parseLooseDate(raw)).toBe(iso)
  })

  // Real malformed cells of ICE's 2025 lists, and impossible days: never guessed.
  it.each(['7/72025', '05/082025', '8/282025', '2/30/2025', '13/1/2025', 'Juliet 7, 2025', 'link pending', ''])('%s is not a date', (raw) => {
    expect(parseLooseDate(raw)).toBeUndefined()
  })
})
