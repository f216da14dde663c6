import 'server-only'
import { db } from '../db.ts'

/** When `npm run fetch:ice` last read ICE's page and finished without error; null when it never has. */
export async function lastSuccessfulFetch(): Promise<{ finishedAt: string; pageUrl: string } | null> {
  const run = await db.fetchRun.findFirst({
    where: { ok: true, finishedAt: { not: null } },
    orderBy: { finishedAt: 'desc' },
    select: { finishedAt: true, pageUrl: true },
  })
  return run?.finishedAt ? { finishedAt: run.finishedAt.toISOString(), pageUrl: run.pageUrl } : null
}

/** The date of the newest participating-agencies list held (ICE's list date, not the day it was imported). */
export async function newestListDate(): Promise<string | null> {
  const newest = await db.sourceList.aggregate({ where: { kind: 'participating' }, _max: { asOf: true } })
  return newest._max.asOf
}
