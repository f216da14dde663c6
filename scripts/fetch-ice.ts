// npm run fetch:ice [-- --dry-run]   (ICE's page from ICE_287G_URL, default https://www.ice.gov/identify-and-arrest/287g)
import { parseArgs } from 'node:util'
import { FetchError } from '../lib/fetch/errors.ts'
import { ImportError } from '../lib/import/errors.ts'

const USAGE = 'Usage: npm run fetch:ice [-- --dry-run]   (reads ICE_287G_URL, default https://www.ice.gov/identify-and-arrest/287g)\n'

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { closeDb, db } = await import('../lib/db.ts')
  const { fetchIce, ICE_287G_URL } = await import('../lib/fetch/run.ts')
  const { formatFetchReport } = await import('../lib/fetch/report.ts')
  try {
    const report = await fetchIce(db, {
      pageUrl: process.env.ICE_287G_URL || ICE_287G_URL,
      dryRun: args.values['dry-run'],
      actor: { actor: `fetch:${process.env.USER ?? 'unknown'}`, channel: 'cli' },
    })
    process.stdout.write(`${formatFetchReport(report)}\n`)
    return 0
  } catch (error) {
    if (error instanceof FetchError) {
      process.stderr.write(`Fetch failed, nothing imported: ${error.message}\n`)
      return 1
    }
    if (error instanceof ImportError) {
      process.stderr.write(`Refused, no list imported: ${error.message}\n`)
      return 1
    }
    throw error
  } finally {
    await closeDb()
  }
}

process.exitCode = await main()
