import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db.ts'
import { importActivations, importCountyFips } from '../import/counties.ts'
import { importParsed, parseDetectingKind } from '../import/import-file.ts'
import { sha256, type ParsedList } from '../import/parse-list.ts'
import { rebuildLifecycle } from '../lifecycle/rebuild.ts'
import { refreshAgencySearch } from '../search/index.ts'
import { applyTaskForceNonRenewal2012 } from '../lifecycle/rules.ts'
import { importCriteriaSet, importPolicyEvents } from '../policy/import.ts'
import { historyJobs, rosterJobs, sortJobs, type SeedJob } from './history.ts'
import { applyIdentityDecisions } from './identity-decisions.ts'
import { parsePool } from './parse-pool.ts'

export interface SeedReport {
  counties: number
  activations: number
  policyEvents: number
  lists: { file: string; asOf: string; kind: string; rows: number; applied: boolean }[]
  notRenewed: number
  identityMerges: number
}

const SEED_ACTOR = { actor: 'seed', channel: 'seed' as const }
/** How many files may be parsed ahead of the one being written. */
const LOOKAHEAD = 6

/** Loads every real data file in prisma/data into an empty or partly loaded database, in date order; rerunnable. */
export async function seed(db: Db, dataDir: string, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const read = (f: string) => readFileSync(path.join(dataDir, f))
  const report: SeedReport = { counties: 0, activations: 0, policyEvents: 0, lists: [], notRenewed: 0, identityMerges: 0 }

  await db.$transaction(async (tx) => {
    report.counties = await importCountyFips(tx, read('county_fips_2010_census.csv').toString('utf8'))
    if (!(await tx.county.count({ where: { scEffectiveOn: { not: null } } }))) {
      report.activations = await importActivations(tx, read('secure_communities_activation.csv').toString('utf8'), 'secure_communities_activation.csv')
    }
    report.policyEvents = await importPolicyEvents(tx, JSON.parse(read('policy-events.json').toString('utf8')))
    await importCriteriaSet(tx, JSON.parse(read('detainer-criteria-2012.json').toString('utf8')))
  }, { timeout: 120_000 })
  log(`counties +${report.counties}, activations ${report.activations}, policy events ${report.policyEvents}`)

  const jobs = sortJobs([...rosterJobs(dataDir), ...historyJobs(dataDir)])
  const held = new Set((await db.sourceList.findMany({ select: { kind: true, asOf: true, sha256: true } })).map((l) => `${l.kind}|${l.asOf}|${l.sha256}`))
  const pool = parsePool()
  const bytesOf = (job: SeedJob) => job.bytes ?? new Uint8Array(read(job.file))
  const todo = jobs.filter((job) => !held.has(`${job.kind}|${job.asOf}|${sha256(bytesOf(job))}`))
  let changed = false
  const parsed: Promise<ParsedList[]>[] = []
  const parseAhead = (i: number) => {
    const job = todo[i]
    if (job && !parsed[i]) parsed[i] = parseDetectingKind(pool.parse, bytesOf(job), { fileName: job.fileName, kind: job.kind, asOf: job.asOf })
    parsed[i]?.catch(() => undefined)
  }
  try {
    for (let i = 0; i < todo.length; i++) {
      for (let k = i; k <= i + LOOKAHEAD; k++) parseAhead(k)
      const job = todo[i]!
      try {
        const results = await importParsed(db, await parsed[i]!, {
          fileName: job.fileName, sourceUrl: job.sourceUrl, capturedOn: job.capturedOn, provenance: job.provenance, bulk: true,
          actor: { ...SEED_ACTOR, reason: `Seed: ${job.provenance}` },
        })
        for (const r of results) {
          changed ||= r.applied
          report.lists.push({ file: job.fileName, asOf: r.asOf, kind: r.kind, rows: r.rows, applied: r.applied })
        }
      } catch (error) {
        throw new Error(`Seed: ${job.fileName} (${job.asOf}) failed`, { cause: error })
      }
      delete parsed[i]
      if (i % 100 === 0) log(`${i + 1}/${todo.length} files (${job.asOf})`)
    }
  } finally {
    await pool.close()
  }
  if (changed)
    await db.$transaction(async (tx) => {
      report.identityMerges = await applyIdentityDecisions(tx, SEED_ACTOR)
      await rebuildLifecycle(tx)
      await refreshAgencySearch(tx)
    }, { timeout: 600_000 })
  report.notRenewed = await db.$transaction((tx) => applyTaskForceNonRenewal2012(tx), { timeout: 120_000 })
  const captured = report.lists.filter((l) => l.applied).length
  log(`${report.lists.length} lists read, ${captured} held as captures (${report.lists.length - captured} already held: the same file of the same day); task-force agreements not renewed on 2012-12-31: ${report.notRenewed}; reviewed identity merges: ${report.identityMerges}`)
  return report
}
