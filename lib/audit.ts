import type { Tx } from './db.ts'

export type Channel = 'form' | 'import' | 'cli' | 'api' | 'seed'

export interface Actor {
  actor: string
  userId?: number
  channel: Channel
  reason?: string
}

export type Diff = Record<string, [unknown, unknown]>

export async function recordAudit(
  tx: Tx,
  who: Actor,
  entry: { action: string; recordType: string; recordId: string; reason: string; sourceUrl?: string | null; diff: Diff },
): Promise<void> {
  await tx.auditLog.create({
    data: { userId: who.userId ?? null, actor: who.actor, channel: who.channel, ...entry, sourceUrl: entry.sourceUrl ?? null, diff: JSON.stringify(entry.diff) },
  })
}

/** Field-by-field before → after, for the fields that changed. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Diff {
  const diff: Diff = {}
  for (const key of Object.keys(after)) {
    const a = before[key] ?? null
    const b = after[key] ?? null
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[key] = [a, b]
  }
  return diff
}
