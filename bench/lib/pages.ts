import { readdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/** Top-level folders whose pages are not public (signed-in or sign-in pages). */
const PRIVATE = new Set(['admin', 'login', 'account'])

/**
 * Every public page's route pattern under `app/` (`/states/[code]`), found on disk so that a new page is measured without
 * editing the benchmark. Route groups `(x)` add no URL segment; slots `@x` and private folders `_x` are not pages of
 * their own.
 */
export function publicPagePatterns(dir = 'app', segments: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      if (!e.isDirectory()) return /^page\.(tsx|ts|jsx|js|mdx)$/.test(e.name) ? ['/' + segments.join('/')] : []
      if (e.name.startsWith('_') || e.name.startsWith('@') || (segments.length === 0 && PRIVATE.has(e.name))) return []
      return publicPagePatterns(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? segments : [...segments, e.name])
    })
    .sort()
}

export interface PageSample { page: string | null; pattern: string; note?: string }

type Sampler = (db: Database.Database) => string | null

/** A real value from the database for each dynamic segment, by its name; null when the database holds none. */
const SAMPLERS: Record<string, Sampler> = {
  // The state with the most agreements on ICE's newest list: the heaviest real state page.
  code: (db) => (db.prepare('SELECT a.state AS v FROM "Agreement" g JOIN "Agency" a ON a.id = g.agencyId WHERE g.lastListedOn = (SELECT max(lastListedOn) FROM "Agreement") GROUP BY a.state ORDER BY count(*) DESC, a.state LIMIT 1').get() as { v: string } | undefined)?.v ?? null,
  // The agency listed on the most rows, as the latency benchmark picks it.
  id: (db) => (db.prepare('SELECT agencyId AS v FROM "ListEntry" GROUP BY agencyId ORDER BY count(*) DESC, agencyId LIMIT 1').get() as { v: number } | undefined)?.v?.toString() ?? null,
  // The year with the most ICE lists held: the longest year page of the sources.
  year: (db) => (db.prepare('SELECT substr(asOf, 1, 4) AS v FROM "SourceList" GROUP BY v ORDER BY count(*) DESC, v LIMIT 1').get() as { v: string } | undefined)?.v ?? null,
  publicId: (db) => (db.prepare('SELECT publicId AS v FROM "CorrectionSuggestion" ORDER BY createdAt LIMIT 1').get() as { v: string } | undefined)?.v ?? null,
}

/** Query strings for pages that answer 404 without one (the correction form needs its record). */
const QUERIES: Record<string, Sampler> = {
  '/corrections/new': (db) => { const id = SAMPLERS.id!(db); return id && `?type=Agency&id=${id}` },
}

/**
 * The URL to audit for each public page, with its dynamic segments filled from `dbFile`. A segment no sampler knows
 * throws, so a new kind of dynamic page is noticed before the benchmark runs rather than silently left out.
 */
export function publicPages(dbFile: string, patterns = publicPagePatterns()): PageSample[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true })
  try {
    return patterns.map((pattern) => {
      let missing: string | null = null
      const page = pattern.replace(/\[\[?(?:\.\.\.)?(\w+)\]?\]/g, (_, name: string) => {
        const sampler = SAMPLERS[name]
        if (!sampler) throw new Error(`bench/lib/pages.ts: no sample value for the segment [${name}] of ${pattern}; add one to SAMPLERS`)
        const value = sampler(db)
        if (value === null) missing = name
        return encodeURIComponent(value ?? '')
      })
      if (missing) return { page: null, pattern, note: `skipped: the database holds no ${missing}` }
      return { page: page + (QUERIES[pattern]?.(db) ?? ''), pattern }
    })
  } finally {
    db.close()
  }
}
