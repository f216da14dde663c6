import { describe, expect, it } from 'vitest'
import { parseAgreementQueryLenient } from './query'
import { filterRelaxations, listAgreements } from './queries'
import { canonicalQuery, exportHref, loadAgreementSearch, serializeAgreementSearch, toUrlSearchParams } from './search-params'

describe('agreementSearch descriptor', () => {
  it('round-trips every parameter through serialize and load', () => {
    const search = {
      state: ['TX', 'VA'] as ('TX' | 'VA')[],
      model: ['task_force' as const],
      status: ['active', 'not_renewed'] as ('active' | 'not_renewed')[],
      as_of: '2012-12-01',
      expires_before: '2013-01-01',
      expires_within_days: 90,
      signed_from: '2008-01-01',
      signed_to: '2009-12-31',
      q: 'prince william',
      sort: '-signed_on',
      page: 3,
      per_page: 100,
      hide: ['first_listed_on' as const],
    }
    const qs = serializeAgreementSearch(search)
    expect(qs).toContain('state=TX,VA')
    expect(qs).toContain('sort=-signed_on')
    expect(loadAgreementSearch(new URLSearchParams(qs))).toEqual(search)
  })

  it('leaves defaults out of the URL', () => {
    expect(serializeAgreementSearch({ state: [], sort: 'agency', page: 1, per_page: 50, q: '' })).toBe('')
    expect(serializeAgreementSearch({ as_of: '2012-12-01', page: 1 })).toBe('?as_of=2012-12-01')
  })

  it('rejects unknown values and falls back to defaults', () => {
    const s = loadAgreementSearch(
      new URLSearchParams('state=TX,XX,tx&model=posse&status=sleeping&as_of=2025-02-30&expires_within_days=-3&sort=-salary&page=0&per_page=5000&hide=agency'),
    )
    expect(s).toMatchObject({ state: ['TX'], model: [], status: [], as_of: null, expires_within_days: null, sort: 'agency', page: 1, per_page: 50, hide: [] })
  })

  it('uses the API parameter names, so a view URL is a valid API query', () => {
    const qs = serializeAgreementSearch({ as_of: '2012-12-01', expires_before: '2013-01-01', model: ['task_force'], sort: '-expires_on' })
    const parsed = parseAgreementQueryLenient(new URLSearchParams(qs))
    expect(parsed.notices).toEqual([])
    expect(parsed.query).toMatchObject({ asOf: '2012-12-01', expiresBefore: '2013-01-01', models: ['task_force'], sort: { key: 'expires_on', desc: true } })
  })

  it('builds export links without page, page size or hidden columns', () => {
    const href = exportHref({ state: ['TX'], page: 4, per_page: 25, hide: ['state'] }, 'csv')
    expect(href).toBe('/api/v1/agreements?state=TX&format=csv')
    expect(exportHref({}, 'export')).toBe('/api/v1/agreements?format=export')
  })

  it('keeps repeated keys when reading Next search params', () => {
    expect(toUrlSearchParams({ state: ['TX', 'VA'], q: 'x', gone: undefined }).toString()).toBe('state=TX&state=VA&q=x')
  })
})

describe('lenient parsing keeps only usable parameters', () => {
  it('drops a bad parameter with a notice and keeps the rest for export links', () => {
    const { notices, params } = parseAgreementQueryLenient(new URLSearchParams('state=VA&per_page=banana&as_of=2999-01-01'))
    expect(notices).toHaveLength(2)
    expect(params.toString()).toBe('state=VA')
  })
})

describe('filterRelaxations names the filters that emptied a view', () => {
  it('blames the model when warrant service officers are asked for in 2012', async () => {
    const { query } = parseAgreementQueryLenient(new URLSearchParams('as_of=2012-10-16&state=VA&model=warrant_service_officer'))
    expect((await listAgreements(query)).total).toBe(0)
    const relax = await filterRelaxations(query)
    expect(relax).toEqual([
      { filter: 'state', count: 0 },
      { filter: 'model', count: 8 },
      { filter: 'status', count: 0 },
    ])
  })

  it('counts the 17 phase-out agreements when the text search is what excludes them', async () => {
    const { query } = parseAgreementQueryLenient(new URLSearchParams('as_of=2012-12-01&expires_before=2013-01-01&q=zzzz-no-such-agency'))
    expect(await filterRelaxations(query)).toEqual([
      { filter: 'expires', count: 0 },
      { filter: 'q', count: 17 },
    ])
  })
})

describe('canonicalQuery', () => {
  it('joins the repeated keys a GET form sends and drops its empty fields', () => {
    expect(canonicalQuery({ state: ['TX', 'FL'], q: '', as_of: '', model: 'task_force' })).toBe('state=TX%2CFL&model=task_force')
    expect(canonicalQuery({ q: '', as_of: '' })).toBe('')
    expect(canonicalQuery({ state: 'TX', status: 'active' })).toBe('state=TX')
  })

  it('leaves a query already in the descriptor’s form alone, invalid values included (they get a notice)', () => {
    expect(canonicalQuery({ state: 'TX,FL', per_page: 'banana' })).toBeNull()
    expect(canonicalQuery({})).toBeNull()
  })
})
