import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { mulberry32 } from './synth.ts'

const REAL_LIST = 'prisma/data/agencies_287g_2026-05-18.csv'
const WORDS = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'New', 'Old', 'Lake', 'River', 'Pine', 'Oak']

/**
 * A list of `rows` rows dated 2026-06-02, for load tests only (never imported into a real database): ICE's 2026-05-18 list
 * (1,843 rows), then its rows drawn by a seeded PRNG, each renamed "<word> <agency> <n>" so that it is a new agency, without
 * its MOA link (so that 40,000 rows stay under the 10 MB upload limit).
 */
export function stallCsv(rows: number, seed = 287): Uint8Array {
  const real = parse(readFileSync(REAL_LIST), { columns: true }) as Record<string, string>[]
  const random = mulberry32(seed)
  const out = Array.from({ length: rows }, (_, i) => ({ ...pick(i), snapshot_date: '2026-06-02', source_file: 'agencies_287g_2026-06-02.csv', source_row: String(i + 2) }))
  return new TextEncoder().encode(stringify(out, { header: true, columns: Object.keys(real[0]!) }))

  function pick(i: number): Record<string, string> {
    if (i < real.length) return real[i]!
    const r = real[Math.floor(random() * real.length)]!
    const agency = `${WORDS[Math.floor(random() * WORDS.length)]} ${r.agency} ${i}`
    return { ...r, agency, moa: '', moa_url: '', addendum: '', addendum_url: '' }
  }
}
