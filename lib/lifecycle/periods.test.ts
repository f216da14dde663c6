import { describe, expect, it } from 'vitest'
import { coverageWindows } from './coverage'
import { derivePeriods, type PeriodInput } from './periods'

const windows = coverageWindows([
  { id: 1, asOf: '2012-10-02', capturedOn: null, label: 'a' },
  { id: 2, asOf: '2012-10-16', capturedOn: null, label: 'b' },
  { id: 3, asOf: '2012-12-31', capturedOn: '2013-04-02', label: 'c' },
  { id: 4, asOf: '2025-01-04', capturedOn: null, label: 'd' },
])
const base: PeriodInput = { windows, pendingWindows: [], present: new Map(), pendingPresent: new Map(), terminals: [], model: 'task_force' }

describe('derivePeriods', () => {
  it('ends a not-renewed task force on its date and keeps that status across the gap', () => {
    const periods = derivePeriods({
      ...base,
      present: new Map([[1, 'task_force'], [2, 'task_force']]),
      terminals: [{ kind: 'not_renewed', date: '2012-12-31' }],
    })
    expect(periods).toEqual([
      { status: 'active', model: 'task_force', startOn: '2012-10-02', endOn: '2012-12-31' },
      { status: 'not_renewed', model: 'task_force', startOn: '2012-12-31', endOn: null },
    ])
  })

  it('marks a removal between two lists and keeps it', () => {
    const periods = derivePeriods({ ...base, present: new Map([[1, 'task_force']]) })
    expect(periods).toEqual([
      { status: 'active', model: 'task_force', startOn: '2012-10-02', endOn: '2012-10-16' },
      { status: 'removed', model: 'task_force', startOn: '2012-10-16', endOn: null },
    ])
  })

  it('leaves the years no list covers without a status for an agreement still listed', () => {
    const periods = derivePeriods({ ...base, model: 'jail_enforcement', present: new Map([[3, 'jail_enforcement']]) })
    expect(periods[0]).toEqual({ status: 'active', model: 'jail_enforcement', startOn: '2012-12-31', endOn: '2013-04-03' })
    expect(periods[1]).toEqual({ status: 'removed', model: 'jail_enforcement', startOn: '2025-01-04', endOn: null })
  })

  it('follows a model switch from one list to the next', () => {
    const periods = derivePeriods({ ...base, present: new Map([[1, 'task_force'], [2, 'jail_enforcement'], [3, 'jail_enforcement']]) })
    expect(periods.map((p) => [p.status, p.model, p.startOn])).toEqual([
      ['active', 'task_force', '2012-10-02'],
      ['active', 'jail_enforcement', '2012-10-16'],
      ['removed', 'jail_enforcement', '2025-01-04'],
    ])
  })

  it('lets a recorded termination cut an active period and a later listing revive it', () => {
    const periods = derivePeriods({ ...base, present: new Map([[1, 'task_force'], [4, 'task_force']]), terminals: [{ kind: 'terminated', date: '2012-10-10' }] })
    expect(periods.map((p) => [p.status, p.startOn, p.endOn])).toEqual([
      ['active', '2012-10-02', '2012-10-10'],
      ['terminated', '2012-10-10', '2025-01-04'],
      ['active', '2025-01-04', '2026-02-08'],
    ])
  })

  it('counts an agreement entered from its MOA as active until a later list omits it', () => {
    const periods = derivePeriods({ ...base, manualStart: { date: '2012-11-01', model: 'task_force' } })
    expect(periods.map((p) => [p.status, p.startOn, p.endOn])).toEqual([
      ['active', '2012-11-01', '2012-12-31'],
      ['removed', '2012-12-31', null],
    ])
  })
})
