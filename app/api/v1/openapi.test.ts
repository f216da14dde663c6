import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { apiRoutesOnDisk } from '@/lib/test/api-routes'
import { ActiveStatsSchema, AgreementListSchema, ErrorSchema } from '@/lib/openapi/responses'
import { GET as agreements } from './agreements/route'
import { GET as openapi } from './openapi.json/route'
import { GET as active } from './stats/active/route'

const req = (p: string) => new NextRequest(new URL(p, 'http://localhost'))

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 JSON document with a path and method for every route file under app/api/v1', async () => {
    const res = openapi()
    const doc = JSON.parse(await res.text())
    expect(doc.openapi).toBe('3.1.0')
    const routes = apiRoutesOnDisk()
    expect(routes.length).toBeGreaterThanOrEqual(15)
    for (const r of routes) {
      expect(doc.paths, r.path).toHaveProperty([r.path])
      expect(r.methods.length, r.path).toBeGreaterThan(0)
      for (const m of r.methods) expect(Object.keys(doc.paths[r.path]), `${m} ${r.path}`).toContain(m)
    }
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map((r) => r.path).sort())
    // Every operation answers something, and every {param} of a path is declared.
    for (const [p, ops] of Object.entries<Record<string, { responses: object; parameters?: { name: string; in: string }[] }>>(doc.paths))
      for (const op of Object.values(ops)) {
        expect(Object.keys(op.responses).length, p).toBeGreaterThan(0)
        for (const [, name] of p.matchAll(/\{(\w+)\}/g)) expect(op.parameters?.some((x) => x.in === 'path' && x.name === name), `${p} ${name}`).toBe(true)
      }
  })

  it('takes the agreements query parameters from the zod schema, with their enums and bounds', async () => {
    const doc = await openapi().json()
    const params = doc.paths['/agreements'].get.parameters as { name: string; schema: { type?: string; items?: { enum?: string[] }; maximum?: number } }[]
    const by = (n: string) => params.find((p) => p.name === n)!
    // Written here from docs/api.md's table, not from the schema.
    expect(params.map((p) => p.name).sort()).toEqual(['agency_id', 'as_of', 'expires_before', 'expires_within_days', 'format', 'model', 'page', 'per_page', 'q', 'signed_from', 'signed_to', 'sort', 'state', 'status'])
    expect(by('model').schema.items?.enum).toEqual(['task_force', 'jail_enforcement', 'warrant_service_officer'])
    expect(by('state').schema.items?.enum).toContain('TX')
    expect(by('per_page').schema.maximum).toBe(1000)
  })

  it('describes real answers: the response schemas parse the seeded record\'s responses', async () => {
    AgreementListSchema.parse(await (await agreements(req('/api/v1/agreements?as_of=2012-12-01&model=task_force&per_page=100'))).json())
    AgreementListSchema.parse(await (await agreements(req('/api/v1/agreements?as_of=2026-05-18&per_page=200'))).json())
    ActiveStatsSchema.parse(await (await active(req('/api/v1/stats/active?as_of=2012-12-01'))).json())
    ActiveStatsSchema.parse(await (await active(req('/api/v1/stats/active?as_of=2018-06-01'))).json())
    ErrorSchema.parse(await (await agreements(req('/api/v1/agreements?state=XX'))).json())
  })
})
