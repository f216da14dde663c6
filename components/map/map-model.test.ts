import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import type { MapCounty } from '@/lib/stats/counties'
import { layer287g } from '@/lib/stats/map-layers'
import { readMapParams } from '@/lib/stats/view-params'
import { drawCounties, dotsPath, pathCenter, spanText } from './map-model'

const county = (fips: string, name: string, on: string | null): MapCounty => [fips, 'M0 0l100 0 0 50-100 0z', name, 'TX', on, 0, 0]
const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'map.county' })
const tEs = createTranslator({ locale: 'es', messages: es, namespace: 'map.county' })
const counties = [county('48201', 'Harris County', '2008-10-27'), county('48113', 'Dallas County', '2010-03-01'), county('48001', 'Anderson County', null)]

describe('drawCounties', () => {
  it('rollout layer: fills by activation on the date and names the 287(g) models of each county', () => {
    const drawn = drawCounties(counties, '2010-12-31', 'rollout', 'all', { '48201': ['jail_enforcement', 'warrant_service_officer'] }, tEn)
    expect(drawn.map((c) => c.cls)).toEqual(['a', 'a', 'x'])
    expect(drawn[0]!.label).toBe('Harris County, TX: activated 2008-10-27; 287(g) jail enforcement, warrant service officer')
    expect(drawn[1]!.label).toBe('Dallas County, TX: activated 2010-03-01; no county-level 287(g) agreement')
    expect(drawn.map((c) => c.has287g)).toEqual([true, false, false])
  })

  it('287(g) layer: one fill per model, another for several, and "unknown" (never none) when no list covers the date', () => {
    const byCounty = { '48201': ['jail_enforcement' as const], '48113': ['task_force' as const, 'jail_enforcement' as const] }
    expect(drawCounties(counties, '2026-05-18', '287g', 'all', byCounty, tEn).map((c) => c.cls)).toEqual(['j', 'm', 'z'])
    expect(drawCounties(counties, '2026-05-18', '287g', 'task_force', byCounty, tEn).map((c) => c.cls)).toEqual(['z', 't', 'z'])
    const unknown = drawCounties(counties, '2018-06-01', '287g', 'all', null, tEn)
    expect(unknown.map((c) => c.cls)).toEqual(['u', 'u', 'u'])
    expect(unknown[0]!.label).toBe('Harris County, TX: 287(g) unknown (the tracker holds no ICE list for this date)')
    expect(unknown.some((c) => c.has287g)).toBe(false)
  })

  it('names each county in Spanish on a Spanish page, ICE’s model names kept beside their gloss', () => {
    const rollout = drawCounties([...counties, county('48999', 'Test County', '2010-03-01')], '2009-06-30', 'rollout', 'all', { '48201': ['jail_enforcement'] }, tEs)
    expect(rollout[0]!.label).toBe('Harris County, TX: activado el 2008-10-27; 287(g): cárcel (Jail Enforcement)')
    expect(rollout[2]!.label).toBe('Anderson County, TX: sin fecha de activación registrada; ningún acuerdo 287(g) de ámbito de condado')
    expect(rollout[3]!.label).toBe('Test County, TX: aún no activado el 2009-06-30 (activado el 2010-03-01); ningún acuerdo 287(g) de ámbito de condado')
    const byModel = drawCounties(counties, '2026-05-18', '287g', 'task_force', { '48113': ['task_force'] }, tEs)
    expect(byModel.map((c) => c.label)).toEqual([
      'Harris County, TX: ningún acuerdo de grupo de trabajo (Task Force)',
      'Dallas County, TX: 287(g): grupo de trabajo (Task Force)',
      'Anderson County, TX: ningún acuerdo de grupo de trabajo (Task Force)',
    ])
    expect(drawCounties(counties, '2018-06-01', '287g', 'all', null, tEs)[0]!.label).toBe('Harris County, TX: 287(g) desconocido (el rastreador no tiene ninguna lista de ICE para esta fecha)')
    expect(spanText({ start: '2025-07-18', end: '2027-06-22' }, '2026-05-18', tEs)).toBe('en la lista desde el 2025-07-18, y aún en la lista más reciente de ICE que tenemos (2026-05-18)')
    expect(spanText({ start: '2010-10-01', end: '2012-12-31' }, '2026-05-18', tEs)).toBe('en la lista del 2010-10-01 al 2012-12-31')
  })
})

describe('map geometry helpers', () => {
  it('finds the centre of a compact path and of a dot, and draws each 287(g) mark as a zero-length segment', () => {
    expect(pathCenter('M10 20l100 0 0 40-100 0z')).toEqual([60, 40])
    expect(pathCenter('M100 200a25 25 0 1 0 50 0a25 25 0 1 0 -50 0z')).toEqual([125, 200])
    expect(dotsPath(['M10 20l100 0 0 40-100 0z', 'M0 0l10 10z'])).toBe('M60 40h0M5 5h0')
  })

  it('never shows an end after the newest list held as a fact', () => {
    expect(spanText({ start: '2025-07-18', end: '2027-06-22' }, '2026-05-18', tEn)).toBe('listed from 2025-07-18, still on ICE’s newest list held (2026-05-18)')
    expect(spanText({ start: '2026-05-18', end: null }, '2026-05-18', tEn)).toBe('listed on ICE’s newest list held (2026-05-18)')
    expect(spanText({ start: '2010-10-01', end: '2012-12-31' }, '2026-05-18', tEn)).toBe('listed 2010-10-01 to 2012-12-31')
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
