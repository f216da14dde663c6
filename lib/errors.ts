/**
 * Failures a reader or editor can be told about specifically, found on any error (a Prisma error, its driver-adapter
 * cause, a raw better-sqlite3 error). No server-only imports: the error pages use the messages too.
 */
export const FAILURES = {
  storage_full: {
    status: 507,
    title: 'The server is out of disk space',
    message: 'The server ran out of disk space, so nothing was saved. Reading still works; try the change again later.',
  },
  read_only: {
    status: 503,
    title: 'The database is read-only',
    message: 'The database cannot be written at the moment (maintenance, or a permissions problem), so nothing was saved. Reading still works.',
  },
  busy: {
    status: 503,
    title: 'The database is busy',
    message: 'The database was busy with another change for too long. Nothing was saved; try again in a moment.',
  },
  forbidden: {
    status: 403,
    title: 'Not allowed',
    message: 'Your account does not have the role this needs. Ask an admin if you should have it.',
  },
} as const

export type Failure = keyof typeof FAILURES

/** Prefix of the digest Next passes from a server error to the error page (the only part of an error it passes). */
const DIGEST_PREFIX = 'tracker-failure:'

function causes(err: unknown): unknown[] {
  const out: unknown[] = []
  for (let e = err, i = 0; e && typeof e === 'object' && i < 8; i++) {
    out.push(e)
    const o = e as { cause?: unknown; meta?: { driverAdapterError?: unknown } }
    e = o.cause ?? o.meta?.driverAdapterError
  }
  return out
}

function failureOf(e: unknown): Failure | null {
  const o = e as { code?: unknown; originalCode?: unknown; name?: unknown; message?: unknown; kind?: unknown }
  const code = [o.code, o.originalCode].find((c): c is string => typeof c === 'string') ?? ''
  const message = typeof o.message === 'string' ? o.message : ''
  if (code.startsWith('SQLITE_FULL') || /database or disk is full/i.test(message)) return 'storage_full'
  if (code.startsWith('SQLITE_READONLY') || /attempt to write a readonly database/i.test(message)) return 'read_only'
  if (code.startsWith('SQLITE_BUSY') || o.kind === 'SocketTimeout' || /database is locked/i.test(message)) return 'busy'
  if (o.name === 'ForbiddenError') return 'forbidden'
  return null
}

export function classifyError(err: unknown): Failure | null {
  for (const e of causes(err)) {
    const f = failureOf(e)
    if (f) return f
  }
  return null
}

/** Marks a known failure so the error page can name it (Next keeps an error's own digest). Returns the error. */
export function tagError<E>(err: E): E {
  const f = classifyError(err)
  if (f && err && typeof err === 'object' && !('digest' in err)) Object.assign(err, { digest: `${DIGEST_PREFIX}${f}` })
  return err
}

export function failureOfDigest(digest: string | undefined): Failure | null {
  const f = digest?.startsWith(DIGEST_PREFIX) ? digest.slice(DIGEST_PREFIX.length) : null
  return f && f in FAILURES ? (f as Failure) : null
}
