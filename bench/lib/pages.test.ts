import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { publicPagePatterns, publicPages } from './pages.ts'

const dbFile = process.env.DATABASE_URL!.replace(/^file:/, '')

describe('the benchmark page list', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pages-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const page = (rel: string) => {
    mkdirSync(path.join(root, rel), { recursive: true })
    writeFileSync(path.join(root, rel, 'page.tsx'), 'export default function P() { return null }\n')
  }

  it('finds pages on disk, leaves out private ones, slots and private folders, and drops route groups from the URL', () => {
    for (const rel of ['.', 'admin/users', 'login', 'account/password', '@cite/[...path]', '_parts', '(story)/essay', 'news/[code]', 'map/table']) page(rel)
    writeFileSync(path.join(root, 'map', 'route.ts'), '')
    expect(publicPagePatterns(root)).toEqual(['/', '/essay', '/map/table', '/news/[code]'])
  })

  it("covers today's public pages of app/ and none of the signed-in ones", () => {
    const found = publicPagePatterns()
    for (const p of ['/', '/agreements', '/map', '/states', '/states/[code]', '/agencies/[id]', '/policy', '/expiring', '/trends', '/sources']) expect(found).toContain(p)
    expect(found.filter((p) => /^\/(admin|login|account)\b/.test(p))).toEqual([])
  })

  it('fills each dynamic segment with a record the database holds', () => {
    const db = new Database(dbFile, { readonly: true })
    const [agencies, states] = [db.prepare('SELECT id FROM "Agency"').pluck().all() as number[], db.prepare('SELECT DISTINCT state FROM "Agency"').pluck().all() as string[]]
    db.close()
    const [agency, state, form] = publicPages(dbFile, ['/agencies/[id]', '/states/[code]', '/corrections/new'])
    expect(agencies).toContain(Number(agency!.page!.split('/')[2]))
    // Texas holds the most agreements on ICE's newest list (387; Florida is next with 348).
    expect(state).toEqual({ page: '/states/TX', pattern: '/states/[code]' })
    expect(states).toContain('TX')
    expect(form!.page).toBe(`/corrections/new?type=Agency&id=${agency!.page!.split('/')[2]}`)
  })

  it("gives every public page of today's app/ a URL (a new dynamic segment without a sampler stops the benchmark)", () => {
    const samples = publicPages(dbFile)
    expect(samples.filter((s) => !s.page && !s.note)).toEqual([])
    // MANIFEST.tsv dates 444 of its 1,087 lists in 2025, more than any other year (2021: 217).
    expect(samples.find((s) => s.pattern === '/sources/[year]')).toEqual({ page: '/sources/2025', pattern: '/sources/[year]' })
  })

  it('skips a segment the database holds no value for, and refuses a segment it has no sampler for', () => {
    const db = new Database(dbFile)
    db.exec('DELETE FROM "CorrectionSuggestion"')
    db.close()
    expect(publicPages(dbFile, ['/corrections/[publicId]'])).toEqual([{ page: null, pattern: '/corrections/[publicId]', note: 'skipped: the database holds no publicId' }])
    expect(() => publicPages(dbFile, ['/counties/[fips]'])).toThrow(/\[fips\]/)
  })
})
