import 'server-only'
import { readOnly } from '../db-readonly.ts'

// Read on every page (the staleness banner), uncached: `npm run fetch:ice` records its runs from another process.

/** When `npm run fetch:ice` last read ICE's page and finished without error; null when it never has. */
export async function lastSuccessfulFetch(): Promise<{ finishedAt: string; pageUrl: string } | null> {
  const run = readOnly()
    .prepare('SELECT "finishedAt", "pageUrl" FROM "FetchRun" WHERE ok = 1 AND "finishedAt" IS NOT NULL ORDER BY "finishedAt" DESC LIMIT 1')
    .get() as { finishedAt: string; pageUrl: string } | undefined
  return run ? { finishedAt: new Date(run.finishedAt).toISOString(), pageUrl: run.pageUrl } : null
}

/** The date of the newest participating-agencies list held (ICE's list date, not the day it was imported). */
export async function newestListDate(): Promise<string | null> {
  return (readOnly().prepare(`SELECT max("asOf") FROM "SourceList" WHERE kind = 'participating'`).pluck().get() as string | null) ?? null
}
