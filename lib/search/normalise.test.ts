import { describe, expect, it } from 'vitest'
import { matchExpression, parseQuery } from './normalise'
import { allowedEdits } from './spelling'

describe('parseQuery', () => {
  it('expands ICE’s abbreviations and keeps USPS codes as states', () => {
    expect(parseQuery('St. Lucie Co. SO')).toEqual({ terms: ['saint', 'lucie', 'county', 'sheriff', 'office'], states: [] })
    expect(parseQuery('Dept of Corrections TX')).toEqual({ terms: ['department', 'correction'], states: ['TX'] })
    expect(parseQuery('Sheriff’s Office, Doña Ana')).toEqual({ terms: ['sheriff', 'office', 'dona', 'ana'], states: [] })
    expect(parseQuery('Plant City PD')).toEqual({ terms: ['plant', 'city', 'police', 'department'], states: [] })
  })

  it('reads two-letter words as states only where they cannot be something else', () => {
    expect(parseQuery('sheriff tx')).toEqual({ terms: ['sheriff'], states: ['TX'] })
    expect(parseQuery('sheriff or police')).toEqual({ terms: ['sheriff', 'police'], states: [] })
    expect(parseQuery('Portland OR')).toEqual({ terms: ['portland'], states: ['OR'] })
    expect(parseQuery('Mt. Vernon MT')).toEqual({ terms: ['mount', 'vernon'], states: [] })
    expect(parseQuery('Weld Co')).toEqual({ terms: ['weld', 'county'], states: [] })
  })

  it('drops words too short to match and anything that is not a letter or digit', () => {
    expect(parseQuery('" OR 1=1 -- x')).toEqual({ terms: [], states: ['OR'] })
    expect(parseQuery('a b')).toEqual({ terms: [], states: [] })
  })
})

describe('matchExpression', () => {
  it('quotes every term, ranks whole words higher and filters states on their own column', () => {
    const q = { terms: ['harris', 'county'], states: ['TX'] }
    expect(matchExpression(q)).toBe('"harris" AND "county" AND state : (" tx ")')
    expect(matchExpression(q, true)).toBe('(" harris " OR "harris") AND (" county " OR "county") AND state : (" tx ")')
  })
})

describe('allowedEdits', () => {
  it('follows Elasticsearch’s AUTO fuzziness', () => {
    expect([2, 3, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2])
  })
})
