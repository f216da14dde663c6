// Agency search timings on one database file: full index build, a one-agency refresh, and each query's median and
// p95 through searchAgencies (Prisma, as the page calls it). Writes the index into that file.
// Run: DATABASE_URL=file:bench/data/scale-50x.db node --conditions=react-server --import tsx bench/search.ts [runs]
import { db } from '../lib/db.ts'
import { rebuildSearchIndex, refreshAgencySearch } from '../lib/search/index.ts'
import { searchAgencies } from '../lib/search/queries.ts'

const QUERIES = ['Hilsborough', 'Saint Lucie', 'dept of corrections', 'sheriff', 'sheriff TX', 'harriss county', 'xqzvbnm', 'galvston sheriffs', 'police florida']
const runs = Number(process.argv[2] ?? 20)

const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now()
  await f()
  return performance.now() - t0
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!

const agencies = await db.agency.count()
const build = await time(() => db.$transaction((tx) => rebuildSearchIndex(tx), { timeout: 600_000 }))
const { id } = await db.agency.findFirstOrThrow({ select: { id: true }, orderBy: { id: 'desc' } })
const refresh = await time(() => db.$transaction((tx) => refreshAgencySearch(tx, [id])))
process.stdout.write(`${process.env.DATABASE_URL}: ${agencies} agencies; full build ${build.toFixed(0)} ms; one-agency refresh ${refresh.toFixed(1)} ms\n`)
for (const q of QUERIES) {
  const first = await searchAgencies({ q, page: 1, perPage: 50 })
  const ms: number[] = []
  for (let i = 0; i < runs; i++) ms.push(await time(() => searchAgencies({ q, page: 1, perPage: 50 })))
  process.stdout.write(`${JSON.stringify(q).padEnd(22)} p50 ${quantile(ms, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(ms, 0.95).toFixed(1).padStart(6)} ms  total ${first.total}${first.corrected ? ` (for "${first.suggestion}")` : ''}  first: ${first.items[0]?.name ?? '-'}\n`)
}
await db.$disconnect()
