import { describe, expect, it } from 'vitest'
import { readAsOfParam, readPageParam, readStateParam, readStateSort, sortStates } from './page-params'

describe('page parameters degrade to defaults with a notice', () => {
  it('as_of', () => {
    expect(readAsOfParam({ as_of: '2012-12-31' }, '2026-05-20')).toEqual({ asOf: '2012-12-31', notices: [] })
    expect(readAsOfParam({ as_of: '2025-02-30' }, '2026-05-20')).toMatchObject({ asOf: '2026-05-20', notices: [{ key: 'asOfFormat', values: { value: '2025-02-30', today: '2026-05-20', earliest: '' } }] })
    expect(readAsOfParam({ as_of: '2030-01-01' }, '2026-05-20').notices[0]?.key).toBe('asOfFuture')
  })
  it('state codes are case-insensitive', () => {
    expect(readStateParam('az')).toBe('AZ')
    expect(readStateParam('ZZ')).toBeNull()
  })
  it('sort and page', () => {
    expect(readStateSort({ sort: '-total' }).sort).toEqual({ key: 'total', desc: true })
    expect(readStateSort({ sort: 'bogus' }).notices).toHaveLength(1)
    expect(readStateSort({}).sort).toEqual({ key: 'total', desc: true })
    expect(readStateSort({ sort: 'name' }).sort).toEqual({ key: 'name', desc: false })
    expect(readPageParam({ page: '-2' })).toMatchObject({ page: 1, notices: [{ key: 'page', values: { value: '-2' } }] })
  })
  it('sorts by a number, then by name', () => {
    const rows = [{ name: 'B', total: 1, task_force: 0, jail_enforcement: 0, warrant_service_officer: 0, agencies: 0 }, { name: 'A', total: 1, task_force: 0, jail_enforcement: 0, warrant_service_officer: 0, agencies: 0 }, { name: 'C', total: 5, task_force: 0, jail_enforcement: 0, warrant_service_officer: 0, agencies: 0 }]
    expect(sortStates(rows, { key: 'total', desc: true }).map((r) => r.name)).toEqual(['C', 'A', 'B'])
  })
})
