import { describe, expect, it } from 'vitest'
import { findGaps, flagText } from './timeline'

describe('findGaps', () => {
  it('finds the 2013–2025 silence between a roster agreement and its removal', () => {
    const periods = [
      { status: 'active', model: 'jail_enforcement', startOn: '2010-10-29', endOn: '2013-04-03' },
      { status: 'removed', model: 'jail_enforcement', startOn: '2025-01-04', endOn: null },
    ]
    expect(findGaps(periods, '2008-07-08', '2026-05-20')).toEqual([
      { from: '2008-07-08', to: '2010-10-29' },
      { from: '2013-04-03', to: '2025-01-04' },
    ])
  })

  it('finds the stretch after a pending list stops covering', () => {
    expect(findGaps([{ status: 'pending', model: 'task_force', startOn: '2025-07-18', endOn: '2026-08-22' }], '2025-07-18', '2026-11-28')).toEqual([{ from: '2026-08-22', to: '2026-11-28' }])
  })
})

describe('flagText', () => {
  it('says plainly what ICE printed and what is shown', () => {
    expect(flagText('implausible_date', '5025-07-07', 639, null)).toBe("ICE's sheet gives signed 5025-07-07 (row 639), an impossible date; shown as unknown.")
    expect(flagText('malformed_date', '7/72025', 775, '2025-06-25')).toContain('the signing date 2025-06-25 from another list is used')
  })
})
