import 'server-only'
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { db } from '../db.ts'
import { env } from '../env.ts'

/** A whole-dataset download held on disk for one version of the data. */
export interface CachedDownload {
  file: string
  bytes: number
  /** Changes with every write: max id and count of the audit log and of the captures, and the newest fetch run. */
  version: string
  /** The date of the newest list held, for the download's name. */
  newestList: string | null
}

/** The database file DATABASE_URL names (file:./data/tracker.db → <cwd>/data/tracker.db). */
export function databaseFile(url = env.DATABASE_URL): string {
  return path.resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''))
}

/** One folder per database file, so two databases side by side (tests, dev and production) never share a copy. */
export function cacheDir(source = databaseFile()): string {
  return path.join(path.dirname(source), 'downloads', path.basename(source).replace(/\.[^.]*$/, ''))
}

async function dataVersion(): Promise<{ version: string; newestList: string | null }> {
  // Every write (import, edit, revert, merge) is audited and every import adds a capture, so these change on each write;
  // a fetch run that found nothing new writes only its FetchRun row, which the public copy holds too.
  const [row] = await db.$queryRaw<{ a: bigint | null; n: bigint; s: bigint | null; c: bigint; f: bigint | null; newest: string | null }[]>`
    SELECT (SELECT max(id) FROM "AuditLog") AS a, (SELECT count(*) FROM "AuditLog") AS n,
           (SELECT max(id) FROM "SourceList") AS s, (SELECT count(*) FROM "SourceList") AS c,
           (SELECT max(id) FROM "FetchRun") AS f, (SELECT max(asOf) FROM "SourceList") AS newest`
  const r = row!
  return { version: [r.a ?? 0, r.n, r.s ?? 0, r.c, r.f ?? 0].map(String).join('-'), newestList: r.newest }
}

const building = new Map<string, Promise<void>>()

/**
 * `<name>-<version><ext>` for the current data version: built once by `build` (which writes the path it is given;
 * concurrent requests wait for the same build), renamed into place when complete, then served from disk until the
 * next write. Older versions of the same download are deleted when a new one is in place.
 */
export async function cachedDownload(name: string, ext: string, build: (tmp: string) => Promise<void>): Promise<CachedDownload> {
  const dir = cacheDir()
  const { version, newestList } = await dataVersion()
  const file = path.join(dir, `${name}-${version}${ext}`)
  if (sizeOf(file) === null) {
    let job = building.get(file)
    if (!job) {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      const tmp = `${file}.${process.pid}.tmp`
      job = build(tmp)
        .then(() => {
          renameSync(tmp, file)
          // Older versions, and the temporary files of builds that died with their process.
          const inFlight = [...building.keys()].map((k) => path.basename(k))
          for (const f of readdirSync(dir))
            if (f.startsWith(`${name}-`) && path.join(dir, f) !== file && !inFlight.some((k) => f.startsWith(k))) rmSync(path.join(dir, f), { force: true })
        })
        .catch((err: unknown) => {
          rmSync(tmp, { force: true })
          throw err
        })
        .finally(() => building.delete(file))
      building.set(file, job)
    }
    await job
  }
  return { file, bytes: sizeOf(file) ?? 0, version, newestList }
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size
  } catch {
    return null
  }
}
