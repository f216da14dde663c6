/** A state's standing among all states and territories on one count: 1 + the number with a strictly larger count. */
export interface Rank {
  rank: number
  of: number
  /** Another state or territory has the same count. */
  tied: boolean
  value: number
}

export function rankBy<T extends { code: string }>(rows: T[], code: string, value: (r: T) => number): Rank | null {
  const own = rows.find((r) => r.code === code)
  if (!own) return null
  const v = value(own)
  return {
    rank: 1 + rows.filter((r) => value(r) > v).length,
    of: rows.length,
    tied: rows.some((r) => r.code !== code && value(r) === v),
    value: v,
  }
}

export function formatRank(r: Rank): string {
  return `#${r.rank}${r.tied ? ' (tied)' : ''} of ${r.of}`
}
