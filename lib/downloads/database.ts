import 'server-only'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { cachedDownload, databaseFile } from './cache.ts'

const run = promisify(execFile)
const BUILDER = path.join(process.cwd(), 'lib/downloads/build-public-db.mjs')

/**
 * The public copy of the database (build-public-db.mjs says what is left out), built in a child process so the
 * server keeps answering during the seconds of SQLite work, and cached until the next write.
 */
export const publicDatabase = () =>
  cachedDownload('public', '.sqlite', async (tmp) => {
    await run(process.execPath, [BUILDER, databaseFile(), tmp], { timeout: 5 * 60_000 })
  })
