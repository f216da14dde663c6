// npm run import -- <file> [--as-of YYYY-MM-DD] [--kind participating|pending|roster] [--dry-run]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ImportError } from '../lib/import/errors.ts'
import { LIST_KINDS, type ListKind } from '../lib/import/parse-list.ts'
import { formatImportResult } from '../lib/import/report.ts'

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({ allowPositionals: true, options: { 'as-of': { type: 'string' }, kind: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run import -- <file> [--as-of YYYY-MM-DD] [--kind participating|pending|roster] [--dry-run]\n`)
    return 2
  }
  const file = args.positionals[0]
  if (!file) {
    process.stderr.write('Usage: npm run import -- <file> [--as-of YYYY-MM-DD] [--kind participating|pending|roster] [--dry-run]\n')
    return 2
  }
  const kind = args.values.kind
  if (kind !== undefined && !(LIST_KINDS as readonly string[]).includes(kind)) {
    process.stderr.write(`--kind must be one of ${LIST_KINDS.join(', ')} (got "${kind}")\n`)
    return 2
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`)
    return 1
  }
  const { closeDb, db } = await import('../lib/db.ts')
  const { importFile } = await import('../lib/import/import-file.ts')
  try {
    const results = await importFile(db, bytes, {
      fileName: path.basename(file), asOf: args.values['as-of'], kind: kind as ListKind | undefined, dryRun: args.values['dry-run'],
      actor: { actor: `cli:${process.env.USER ?? 'unknown'}`, channel: 'cli' },
    })
    for (const result of results) process.stdout.write(`${formatImportResult(result)}\n`)
    return 0
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`Not imported: ${error.message}\n`)
      return 1
    }
    throw error
  } finally {
    await closeDb()
  }
}

process.exitCode = await main()
