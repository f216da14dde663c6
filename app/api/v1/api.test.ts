import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { GET as agreements } from './agreements/route'
import { GET as agency } from './agencies/[id]/route'
import { GET as active } from './stats/active/route'
import { GET as sc } from './stats/secure-communities/route'
import { GET as timeline } from './stats/timeline/route'

const req = (path: string) => new NextRequest(new URL(path, 'http://localhost'))

describe('GET /api/v1/agreements', () => {
  it('returns the 17 task-force agreements that ended Dec 31, 2012 as of 2012-12-01', async () => {
    const res = await agreements(req('/api/v1/agreements?as_of=2012-12-01&expires_before=2013-01-01&model=task_force'))
    const body = await res.json()
    expect(res.status).toBe(200)
    expect(body.total).toBe(17)
    expect(new Set(body.items.map((i: { agency: { state: string } }) => i.agency.state))).toEqual(new Set(['AR', 'CO', 'CT', 'FL', 'GA', 'NC', 'SC', 'TN', 'TX', 'VA']))
    expect(body.items[0]).toMatchObject({ status: 'active', expires_on: '2012-12-31', model: 'task_force' })
    // Cited at both ends of the run by an ICE roster file (the DDP's Wayback roster or the 2010–2012 roster).
    expect(body.items[0].listed[0].from).toMatchObject({ file: expect.stringMatching(/roster/i), row: expect.any(Number) })
  })

  it('gives the status on the as-of date', async () => {
    const body = await (await agreements(req('/api/v1/agreements?as_of=2013-01-15&status=not_renewed&per_page=100'))).json()
    expect(body.total).toBe(17)
  })

  it('filters by several states and searches names ignoring case, accents and punctuation', async () => {
    const body = await (await agreements(req('/api/v1/agreements?as_of=2026-05-18&state=AZ&state=NM&per_page=1000'))).json()
    expect(body.items.every((i: { agency: { state: string } }) => ['AZ', 'NM'].includes(i.agency.state))).toBe(true)
    const q = await (await agreements(req('/api/v1/agreements?as_of=2026-05-18&q=HARRIS%20county%20sheriffs'))).json()
    expect(q.items.some((i: { agency: { name: string } }) => i.agency.name === "Harris County Sheriff's Office")).toBe(true)
  })

  it('returns every matching row as CSV', async () => {
    const res = await agreements(req('/api/v1/agreements?as_of=2026-05-18&state=TX&format=csv'))
    const lines = (await res.text()).trim().split('\n').filter((l) => !l.startsWith('#'))
    const json = await (await agreements(req('/api/v1/agreements?as_of=2026-05-18&state=TX'))).json()
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    expect(lines.length - 1).toBe(json.total)
  })

  it.each([
    ['as_of=2012-02-30', 'as_of'],
    ['as_of=tomorrow', 'as_of'],
    ['as_of=2999-01-01', 'as_of'],
    ['state=XX', 'state'],
    ['model=border', 'model'],
    ['page=-1', 'page'],
    ['per_page=100000', 'per_page'],
    ['expires_within_days=-5', 'expires_within_days'],
    ['sort=password', 'sort'],
    ['signed_from=2025-05-01&signed_to=2025-01-01', 'signed_from'],
    ['format=xml', 'format'],
  ])('answers %s with a 400 naming the field', async (query, field) => {
    const res = await agreements(req(`/api/v1/agreements?${query}`))
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error).toMatchObject({ code: 'invalid_parameter', field })
    expect(body.error.message.length).toBeGreaterThan(10)
  })
})

describe('stats endpoints', () => {
  it('validates as_of', async () => {
    for (const handler of [active, sc]) {
      const res = await handler(req('/x?as_of=2018-13-01'))
      expect(res.status).toBe(400)
      expect((await res.json()).error.field).toBe('as_of')
    }
  })

  it('serves the timeline with gap markers', async () => {
    const body = await (await timeline(req('/api/v1/stats/timeline?from=2012-10&to=2014-02&step=month'))).json()
    expect(body.points[0]).toMatchObject({ month: '2012-10', total: 57, task_force: 17, gap: false })
    // Feb 2014: the roster captured 2014-02-09 lists 36 jail agreements (ddp/pre2018-roster-long.csv).
    expect(body.points.at(-1)).toMatchObject({ month: '2014-02', gap: false, total: 36 })
    const bad = await timeline(req('/api/v1/stats/timeline?from=2013-05&to=2012-01'))
    expect(bad.status).toBe(400)
  })
})

describe('GET /api/v1/agencies/:id', () => {
  it('404s unknown and malformed ids', async () => {
    for (const id of ['999999', 'abc', '-1', '1.5']) {
      const res = await agency(req(`/api/v1/agencies/${id}`), { params: Promise.resolve({ id }) })
      expect(res.status).toBe(404)
    }
  })
})
