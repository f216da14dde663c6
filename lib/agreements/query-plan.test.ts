import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseAgreementQuery } from './query.ts'

// The statements the app actually sends, caught at the driver, so the plans below are the app's own.
const sent: string[] = []
const prepare = Database.prototype.prepare
Database.prototype.prepare = function (this: Database.Database, sql: string) {
  sent.push(sql)
  return prepare.call(this, sql)
} as typeof prepare

// Every filter the agreements table offers, one at a time.
const FILTERS: Record<string, string> = {
  'as of a date': 'as_of=2012-06-30',
  state: 'state=TX,FL',
  model: 'model=jail_enforcement',
  status: 'status=not_renewed,expired',
  'expiring before a date': 'as_of=2012-12-01&expires_before=2013-01-01',
  'expiring within N days': 'expires_within_days=90',
  'signed-date range': 'signed_from=2025-01-01&signed_to=2025-06-30',
  'text search': 'q=sheriff',
  'sorted by expiry, page 3': 'sort=-expires_on&page=3&per_page=25',
}
const BIG = ['StatusPeriod', 'Agreement', 'Agency']

/** Plan lines that read a large table whole (SCAN without an index): what an index must prevent. */
const fullScans = (plan: string[]) => plan.filter((d) => BIG.some((t) => new RegExp(`^SCAN (main\\.)?${t}\\b(?!.*INDEX)`).test(d)))

describe('every filter of the agreements table (rows and facet counts) is served by an index', () => {
  let queries: typeof import('./queries.ts')
  let raw: Database.Database
  beforeAll(async () => {
    queries = await import('./queries.ts')
    raw = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''), { readonly: true })
  })

  it('recognises a full scan when it sees one', () => {
    const plan = (raw.prepare('EXPLAIN QUERY PLAN SELECT * FROM main.StatusPeriod WHERE lower(status) = ?').all('x') as { detail: string }[]).map((r) => r.detail)
    expect(fullScans(plan)).toHaveLength(1)
  })

  for (const [name, qs] of Object.entries(FILTERS)) {
    it(name, async () => {
      const parsed = parseAgreementQuery(new URLSearchParams(qs))
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
      sent.length = 0
      await Promise.all([queries.listAgreements(parsed.query), queries.agreementFacets(parsed.query)])
      const selects = sent.filter((s) => /^\s*SELECT/i.test(s) && BIG.some((t) => s.includes(`"${t}"`) || s.includes(`\`${t}\``)))
      expect(selects.length).toBeGreaterThan(0)
      for (const sql of selects) {
        const params = (sql.match(/\?/g) ?? []).map(() => '2012-06-30')
        const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail)
        expect(fullScans(plan), `${name}: ${sql}\n${plan.join('\n')}`).toEqual([])
      }
    })
  }
})
