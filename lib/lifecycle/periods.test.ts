import { describe, expect, it } from 'vitest'
import type { AgreementModel } from '../agreements/schema'
import { coverageWindows, type CaptureRef } from './coverage'
import { derivePeriods, type PeriodInput, type SeriesView } from './periods'
import { mergeBriefAbsences, presenceRuns, splitAtGaps, type Members } from './presence'

const cap = (id: number, kind: string, asOf: string, seenOn: string | null = null): CaptureRef => ({ id, kind, asOf, dayOrder: 0, seenOn, versionId: id, label: `${kind} ${asOf}` })
const entry = (model: AgreementModel) => ({ rowNumber: 2, model, signedOn: null, plausible: true })

function series(captures: CaptureRef[], listing: Record<number, AgreementModel>): SeriesView {
  const members: Members = new Map(captures.map((c) => [c.id, new Map(listing[c.id] ? [[1, entry(listing[c.id]!)]] : [])]))
  return { captures, windows: coverageWindows(captures), members }
}

function periods(listed: SeriesView, extra: Partial<PeriodInput> = {}) {
  const runs = mergeBriefAbsences(splitAtGaps(presenceRuns(listed.captures, listed.members).get(1) ?? [], listed.captures, listed.windows)).merged
  const pending = series([], {})
  return derivePeriods({ agreementId: 1, model: 'task_force', listed, pending, listedRuns: runs, pendingRuns: [], terminals: [], ...extra })
}

const rosters = [cap(1, 'roster', '2012-10-02', '2012-10-07'), cap(2, 'roster', '2012-10-16', '2013-01-18'), cap(3, 'roster', '2012-12-31', '2013-04-02'), cap(4, 'participating', '2021-01-13')]

describe('derivePeriods', () => {
  it('ends a not-renewed task force on its date and keeps that status across the gap', () => {
    expect(periods(series(rosters, { 1: 'task_force', 2: 'task_force' }), { terminals: [{ kind: 'not_renewed', date: '2012-12-31' }] })).toEqual([
      { status: 'active', model: 'task_force', startOn: '2012-10-02', endOn: '2012-12-31' },
      { status: 'not_renewed', model: 'task_force', startOn: '2012-12-31', endOn: null },
    ])
  })
  it('marks a removal at the first capture that no longer lists it', () => {
    expect(periods(series(rosters, { 1: 'task_force' }))).toEqual([
      { status: 'active', model: 'task_force', startOn: '2012-10-02', endOn: '2012-10-16' },
      { status: 'removed', model: 'task_force', startOn: '2012-10-16', endOn: null },
    ])
  })
  it('counts an agreement missing from one capture and back in the next as continuing', () => {
    const dense = [cap(1, 'participating', '2025-11-03'), cap(2, 'participating', '2025-11-04'), cap(3, 'participating', '2025-11-05')]
    expect(periods(series(dense, { 1: 'jail_enforcement', 3: 'jail_enforcement' }))).toEqual([{ status: 'active', model: 'jail_enforcement', startOn: '2025-11-03', endOn: null }])
  })
  it('dates a removal to the day between dense captures', () => {
    const dense = [cap(1, 'participating', '2025-11-03'), cap(2, 'participating', '2025-11-05'), cap(3, 'participating', '2025-11-06')]
    expect(periods(series(dense, { 1: 'task_force' }))).toEqual([
      { status: 'active', model: 'task_force', startOn: '2025-11-03', endOn: '2025-11-05' },
      { status: 'removed', model: 'task_force', startOn: '2025-11-05', endOn: null },
    ])
  })
  it('leaves no status where no capture covers the dates, then active again when listed', () => {
    expect(periods(series(rosters, { 3: 'jail_enforcement', 4: 'jail_enforcement' }))).toEqual([
      { status: 'active', model: 'jail_enforcement', startOn: '2012-12-31', endOn: '2013-09-30' },
      { status: 'active', model: 'jail_enforcement', startOn: '2021-01-13', endOn: null },
    ])
  })
  it('splits a presence where ICE relabelled the model', () => {
    expect(periods(series(rosters, { 1: 'task_force', 2: 'jail_enforcement' }))).toEqual([
      { status: 'active', model: 'task_force', startOn: '2012-10-02', endOn: '2012-10-16' },
      { status: 'active', model: 'jail_enforcement', startOn: '2012-10-16', endOn: '2012-12-31' },
      { status: 'removed', model: 'jail_enforcement', startOn: '2012-12-31', endOn: null },
    ])
  })
})
