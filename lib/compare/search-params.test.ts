import { describe, expect, it } from 'vitest'
import { loadCompareSearch, normaliseCompare, withItem } from './search-params'

const load = (qs: string) => loadCompareSearch(new URLSearchParams(qs))

describe('the compare URL', () => {
  it('round-trips a selection and rejects values it does not know', () => {
    expect(load('states=TX,FL,ZZ&agencies=12,abc,0&from=2025-01&to=2026-13&hide=national,bogus')).toEqual({
      states: ['TX', 'FL'],
      agencies: [12],
      from: '2025-01',
      to: null,
      hide: ['national'],
    })
  })

  it('keeps at most five items, states first, and says how many it dropped', () => {
    const n = normaliseCompare(load('states=TX,FL,GA,TX&agencies=1,2,3,4'))
    expect([n.states, n.agencies, n.dropped]).toEqual([['TX', 'FL', 'GA'], [1, 2], 2])
  })

  it('adds and removes one item by key, refusing a sixth', () => {
    const s = load('states=TX&agencies=7&hide=state:TX')
    expect(withItem(s, 'state:FL', 'add')).toBe('?states=TX,FL&agencies=7&hide=state:TX')
    expect(withItem(s, 'state:TX', 'remove')).toBe('?agencies=7')
    expect(withItem(load('states=TX,FL,GA,AL,AZ'), 'agency:3', 'add')).toBe('?states=TX,FL,GA,AL,AZ')
    expect(withItem(s, 'state:ZZ', 'add')).toBe('?states=TX&agencies=7&hide=state:TX')
  })
})
