import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Db } from '../db.ts'
import { importList } from '../import/apply.ts'
import { importActivations, importCountyFips } from '../import/counties.ts'
import { LIST_KINDS, parseListFile } from '../import/parse-list.ts'
import { applyTaskForceNonRenewal2012 } from '../lifecycle/rules.ts'
import { importCriteriaSet, importPolicyEvents } from '../policy/import.ts'

const ManifestSchema = z.array(
  z.object({ file: z.string(), kind: z.enum(LIST_KINDS), sourceUrl: z.string().optional(), capturedOn: z.string().optional(), provenance: z.string() }),
)

export interface SeedReport {
  counties: number
  activations: number
  policyEvents: number
  lists: { file: string; asOf: string; kind: string; rows: number; applied: boolean }[]
  notRenewed: number
}

/** Loads every real data file in prisma/data into an empty or partly loaded database; rerunnable. */
export async function seed(db: Db, dataDir: string, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const read = (f: string) => readFileSync(path.join(dataDir, f))
  const report: SeedReport = { counties: 0, activations: 0, policyEvents: 0, lists: [], notRenewed: 0 }

  await db.$transaction(async (tx) => {
    report.counties = await importCountyFips(tx, read('county_fips_2010_census.csv').toString('utf8'))
    if (!(await tx.county.count({ where: { scEffectiveOn: { not: null } } }))) {
      report.activations = await importActivations(tx, read('secure_communities_activation.csv').toString('utf8'), 'secure_communities_activation.csv')
    }
    report.policyEvents = await importPolicyEvents(tx, JSON.parse(read('policy-events.json').toString('utf8')))
    await importCriteriaSet(tx, JSON.parse(read('detainer-criteria-2012.json').toString('utf8')))
  }, { timeout: 120_000 })
  log(`counties +${report.counties}, activations ${report.activations}, policy events ${report.policyEvents}`)

  const manifest = ManifestSchema.parse(JSON.parse(read('lists.json').toString('utf8')))
  for (const item of manifest) {
    const lists = await parseListFile(read(item.file), { fileName: path.basename(item.file), kind: item.kind })
    for (const list of lists) {
      const meta = { ...list, sourceUrl: list.sourceUrl ?? item.sourceUrl ?? null, capturedOn: list.capturedOn ?? item.capturedOn ?? null }
      const res = await importList(db, meta, { actor: { actor: 'seed', channel: 'seed', reason: `Seed: ${item.provenance}` } })
      if (res.applied && res.sourceListId) await db.sourceList.update({ where: { id: res.sourceListId }, data: { provenance: item.provenance } })
      report.lists.push({ file: item.file, asOf: list.asOf, kind: list.kind, rows: list.rows.length, applied: res.applied })
      log(`${res.applied ? 'imported' : 'already there'}: ${item.file} as of ${list.asOf} (${list.rows.length} rows; +${res.counts.added} −${res.counts.removed} relisted ${res.counts.relisted} flagged ${res.counts.flagged})`)
    }
  }
  report.notRenewed = await db.$transaction((tx) => applyTaskForceNonRenewal2012(tx), { timeout: 120_000 })
  log(`task-force agreements not renewed on 2012-12-31: ${report.notRenewed}`)
  return report
}
