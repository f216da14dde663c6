import { describe, expect, it } from 'vitest'
import type { MapCounty } from '@/lib/stats/counties'
import { layer287g } from '@/lib/stats/map-layers'
import { readMapParams } from '@/lib/stats/view-params'
import { drawCounties, dotsPath, pathCenter, spanText } from './map-model'

const county = (fips: string, name: string, on: string | null): MapCounty => [fips, 'M0 0l100 0 0 50-100 0z', name, 'TX', on, 0, 0]
const counties = [county('48201', 'Harris County', '2008-10-27'), county('48113', 'Dallas County', '2010-03-01'), county('48001', 'Anderson County', null)]

describe('drawCounties', () => {
  it('rollout layer: fills by activation on the date and names the 287(g) models of each county', () => {
    const drawn = drawCounties(counties, '2010-12-31', 'rollout', 'all', { '48201': ['jail_enforcement', 'warrant_service_officer'] })
    expect(drawn.map((c) => c.cls)).toEqual(['a', 'a', 'x'])
    expect(drawn[0]!.label).toBe('Harris County, TX: activated 2008-10-27; 287(g) jail enforcement, warrant service officer')
    expect(drawn[1]!.label).toBe('Dallas County, TX: activated 2010-03-01; no county-level 287(g) agreement')
    expect(drawn.map((c) => c.has287g)).toEqual([true, false, false])
  })

  it('287(g) layer: one fill per model, another for several, and "unknown" (never none) when no list covers the date', () => {
    const byCounty = { '48201': ['jail_enforcement' as const], '48113': ['task_force' as const, 'jail_enforcement' as const] }
    expect(drawCounties(counties, '2026-05-18', '287g', 'all', byCounty).map((c) => c.cls)).toEqual(['j', 'm', 'z'])
    expect(drawCounties(counties, '2026-05-18', '287g', 'task_force', byCounty).map((c) => c.cls)).toEqual(['z', 't', 'z'])
    const unknown = drawCounties(counties, '2018-06-01', '287g', 'all', null)
    expect(unknown.map((c) => c.cls)).toEqual(['u', 'u', 'u'])
    expect(unknown[0]!.label).toBe('Harris County, TX: 287(g) unknown (the tracker holds no ICE list for this date)')
    expect(unknown.some((c) => c.has287g)).toBe(false)
  })
})

describe('map geometry helpers', () => {
  it('finds the centre of a compact path and of a dot, and draws each 287(g) mark as a zero-length segment', () => {
    expect(pathCenter('M10 20l100 0 0 40-100 0z')).toEqual([60, 40])
    expect(pathCenter('M100 200a25 25 0 1 0 50 0a25 25 0 1 0 -50 0z')).toEqual([125, 200])
    expect(dotsPath(['M10 20l100 0 0 40-100 0z', 'M0 0l10 10z'])).toBe('M60 40h0M5 5h0')
  })

  it('never shows an end after the newest list held as a fact', () => {
    expect(spanText({ start: '2025-07-18', end: '2027-06-22' }, '2026-05-18')).toBe('listed from 2025-07-18, still on ICE’s newest list held (2026-05-18)')
    expect(spanText({ start: '2026-05-18', end: null }, '2026-05-18')).toBe('listed on ICE’s newest list held (2026-05-18)')
    expect(spanText({ start: '2010-10-01', end: '2012-12-31' }, '2026-05-18')).toBe('listed 2010-10-01 to 2012-12-31')
  })
})

describe('map URL', () => {
  it('opens on the rollout before Secure Communities was discontinued (2014-11-20) and on 287(g) after; bad values are dropped with a notice', () => {
    expect(readMapParams({ as_of: '2010-12-31' }, '2026-11-28')).toMatchObject({ layer: 'rollout', layerGiven: false, model: 'all', county: null })
    expect(readMapParams({}, '2026-11-28')).toMatchObject({ asOf: '2026-11-28', layer: '287g' })
    expect(readMapParams({ as_of: '2010-12-31', layer: '287g', model: 'task_force', county: '48201' }, '2026-11-28')).toMatchObject({ layer: '287g', layerGiven: true, model: 'task_force', county: '48201' })
    const bad = readMapParams({ as_of: '0001-12-01x', layer: 'sc', model: 'tf', county: 'Harris' }, '2026-11-28')
    expect(bad).toMatchObject({ asOf: '2026-11-28', layer: '287g', model: 'all', county: null })
    expect(bad.notices).toHaveLength(4)
    expect(readMapParams({ as_of: '0001-12-01' }, '2026-11-28')).toMatchObject({ asOf: '2026-11-28', notices: [{ key: 'asOfEarly', values: { value: '0001-12-01', today: '2026-11-28', earliest: '2002-01-01' } }] })
  })
})

describe('layer287g (real data)', () => {
  it('is unknown, not empty, on a date no list held covers', async () => {
    expect(await layer287g('2018-06-01')).toBeNull()
    expect(await layer287g('2009-06-30')).toBeNull()
  })

  it('puts Harris County’s jail agreement on the 2010 map and every Florida county on the 2026 map', async () => {
    const y2010 = await layer287g('2010-12-31')
    expect(y2010!.byCounty['48201']).toContain('jail_enforcement')
    // "All 67 county sheriffs" in Florida take part in at least one model (The Center Square, May 2025).
    const y2026 = await layer287g('2026-05-18')
    expect(Object.keys(y2026!.byCounty).filter((f) => f.startsWith('12'))).toHaveLength(67)
  })
})
