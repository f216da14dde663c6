import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { LATEST_WORKBOOK } from '../test/workbooks'
import { resolveCounty, type CountyRef } from './county-resolve'
import { parseListFile } from './parse-list'

const census: CountyRef[] = (parse(readFileSync('prisma/data/county_fips_2010_census.csv'), { columns: true }) as Record<string, string>[]).map((r) => ({ fips: r.fips!, state: r.state!, name: r.county_name! }))

describe('resolveCounty', () => {
  // Expected FIPS looked up by hand in the Census 2010 file.
  it.each([
    ['LA', 'LaSalle Parish', "LaSalle Parish Sheriff's Office", 'county', { fips: '22059', matchedBy: 'name' }],
    ['TX', 'LaSalle County', "La Salle County Sheriff's Office", 'county', { fips: '48283', matchedBy: 'name' }],
    ['IL', 'La Salle County', 'Ottawa Police Department', 'municipality', { fips: '17099', matchedBy: 'name' }],
    ['AR', 'Pulaksi County', 'Arkansas Department of Corrections', 'state_agency', { fips: '05119', matchedBy: 'spelling' }],
    ['FL', 'St. Luice County', 'Port Saint Lucie Police Department', 'municipality', { fips: '12111', matchedBy: 'spelling' }],
    ['FL', 'Saint Lucie County', 'Port Saint Lucie Police Department', 'municipality', { fips: '12111', matchedBy: 'name' }],
    ['FL', 'Lake Conty', 'Howey in the Hills Police Department', 'municipality', { fips: '12069', matchedBy: 'name' }],
    ['IN', 'Steuben COunty', 'Angola Police Department', 'municipality', { fips: '18151', matchedBy: 'name' }],
    ['MD', 'Baltimore County', "Baltimore County Sheriff's Office", 'county', { fips: '24005', matchedBy: 'name' }],
    ['MD', 'Baltimore City', 'Baltimore Police Department', 'municipality', { fips: '24510', matchedBy: 'name' }],
    ['AR', '#N/A', "Pope County Sheriff's Office", 'county', { fips: '05115', matchedBy: 'agency_name' }],
    ['AR', 'Pop County', "Pope County Sheriff's Office", 'county', { fips: '05115', matchedBy: 'agency_name' }],
  ] as const)('%s %s → %o', (state, raw, agency, type, expected) => {
    expect(resolveCounty(state, raw, agency, type, census)).toMatchObject(expected)
  })

  it.each([
    ['MO', 'North County', 'North County Police Cooperative', 'municipality', 'unknown_name'],
    ['MD', 'Baltimore', 'Baltimore Police Department', 'municipality', 'ambiguous'],
    ['VA', 'Fairfax', 'Fairfax Police Department', 'municipality', 'ambiguous'],
    ['GU', 'Kattan District', 'Guam Police Department', 'state_agency', 'unknown_name'],
    ['FL', '#N/A', 'Florida Highway Patrol', 'state_agency', 'state_agency'],
    ['LA', '#NA', 'Tullos Police Department', 'municipality', 'not_given'],
    ['TX', null, 'Texas Department of Public Safety', 'state_agency', 'state_agency'],
  ] as const)('%s %s is not guessed: %s', (state, raw, agency, type, reason) => {
    const res = resolveCounty(state, raw, agency, type, census)
    expect(res).toMatchObject({ fips: null, reason })
    expect('note' in res && res.note).toBeTruthy()
  })

  it('on ICE\'s 2026-05-18 list: the 213 "#N/A" cells never become a county by name, and every exact Census name resolves to its FIPS', async () => {
    const [list] = await parseListFile(readFileSync(LATEST_WORKBOOK), { fileName: 'participatingAgencies05182026am.xlsx' })
    const results = list!.rows.map((r) => ({ r, res: resolveCounty(r.state, r.countyRaw, r.agencyName, r.type, census) }))
    const na = results.filter(({ r }) => r.countyRaw === '#N/A')
    expect(na).toHaveLength(213)
    for (const { res } of na) expect(res.fips === null || res.matchedBy === 'agency_name').toBe(true)
    // An independent join: the cell spelled exactly as the Census name, within the row's state.
    const exact = new Map(census.map((c) => [`${c.state}|${c.name}`, c.fips]))
    const joined = results.filter(({ r }) => exact.has(`${r.state}|${r.countyRaw}`))
    expect(joined.length).toBeGreaterThan(1400)
    for (const { r, res } of joined) expect(res.fips).toBe(exact.get(`${r.state}|${r.countyRaw}`))
    const unresolved = results.filter(({ res }) => res.fips === null)
    const byReason = Object.fromEntries(['not_given', 'state_agency', 'unknown_name', 'ambiguous'].map((k) => [k, unresolved.filter(({ res }) => 'reason' in res && res.reason === k).length]))
    console.log('2026-05-18 counties not resolved, by reason:', byReason, 'of', list!.rows.length, 'rows')
    expect(byReason.unknown_name).toBeLessThan(10)
    expect(unresolved.length).toBe(byReason.not_given! + byReason.state_agency! + byReason.unknown_name! + byReason.ambiguous!)
  })
})
