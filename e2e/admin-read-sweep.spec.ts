import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sealData } from 'iron-session'
import { expect, test, type APIRequestContext } from '@playwright/test'

// The role each admin page needs, written here and not read from the pages: weakening a page's check fails this test.
const EXPECTED_ROLE: Record<string, 'editor' | 'admin'> = {
  '/admin': 'editor',
  '/admin/agencies': 'editor',
  '/admin/agencies/new': 'editor',
  '/admin/agencies/[id]/edit': 'editor',
  '/admin/agreements': 'editor',
  '/admin/agreements/[id]/edit': 'editor',
  '/admin/audit': 'editor',
  '/admin/corrections': 'editor',
  '/admin/counties': 'editor',
  '/admin/counties/[id]/edit': 'editor',
  '/admin/history/[type]/[id]': 'editor',
  '/admin/import': 'admin',
  '/admin/merges': 'editor',
  '/admin/policy-events': 'editor',
  '/admin/policy-events/new': 'editor',
  '/admin/policy-events/[id]/edit': 'editor',
  '/admin/users': 'admin',
}

const dbFile = path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')
const secret = 'e2e-session-secret-that-is-at-least-32-characters'
const tag = randomBytes(6).toString('hex')
const adminEmail = `sweep-admin-${tag}@e2e.invalid`
const editorEmail = `sweep-editor-${tag}@e2e.invalid`
const disabledEmail = `sweep-disabled-${tag}@e2e.invalid`
const canarySuggestion = `sweep canary suggestion ${tag}`

function pagesOnDisk(dir = 'app/admin'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return pagesOnDisk(full)
    return name === 'page.tsx' ? ['/' + path.relative('app', dir).split(path.sep).join('/')] : []
  })
}

function createUser(email: string, role: 'admin' | 'editor') {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', email, '--role', role], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NEW_USER_PASSWORD: randomBytes(18).toString('base64url') },
    stdio: 'pipe',
  })
}

// Request shapes that render a page: a plain load, and the RSC requests a client navigation, a refetch and prefetches send.
const TREE_REFETCH = encodeURIComponent(JSON.stringify(['', { children: ['admin', { children: ['__PAGE__', {}, null, 'refetch'] }] }]))
const KINDS: Record<string, Record<string, string>> = {
  'plain GET': {},
  'RSC navigation': { RSC: '1', 'Next-Url': '/admin' },
  'RSC refetch tree': { RSC: '1', 'Next-Router-State-Tree': TREE_REFETCH, 'Next-Url': '/admin' },
  'RSC prefetch': { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Url': '/admin' },
  'segment prefetch': { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  'RSC with _rsc query': { RSC: '1', 'Next-Router-State-Tree': TREE_REFETCH },
}

interface Ids { agreement: number; agency: number; county: number; policyEvent: number; admin: number; editor: number; disabled: number }

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

/** A sealed cookie for a Session row written here (live unless `ended` or `expired`), as sign-in would create it. */
async function sessionCookie(userId: number, opts: { ended?: boolean; expired?: boolean; key?: string } = {}): Promise<string> {
  const id = randomBytes(32).toString('base64url')
  const now = Date.now()
  const db = new Database(dbFile)
  db.prepare(`INSERT INTO "Session" ("id", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt") VALUES (?, ?, ?, ?, ?, ?)`)
    .run(id, userId, iso(now), iso(now), iso(opts.expired ? now - 1000 : now + 3600_000), opts.ended ? iso(now) : null)
  db.close()
  return sealData({ sessionId: id }, { password: opts.key ?? secret, ttl: 3600 })
}

function concrete(route: string, ids: Ids): string[] {
  if (route === '/admin/history/[type]/[id]') return [`/admin/history/user/${ids.admin}`, `/admin/history/agreement/${ids.agreement}`]
  return [route
    .replace('/agreements/[id]', `/agreements/${ids.agreement}`)
    .replace('/agencies/[id]', `/agencies/${ids.agency}`)
    .replace('/counties/[id]', `/counties/${ids.county}`)
    .replace('/policy-events/[id]', `/policy-events/${ids.policyEvent}`)]
}

async function fetchAs(request: APIRequestContext, url: string, kind: string, cookie: string | null) {
  const headers = { ...KINDS[kind]!, ...(cookie && { cookie: `tracker_session=${cookie}` }) }
  let target = kind === 'RSC with _rsc query' ? `${url}${url.includes('?') ? '&' : '?'}_rsc=${tag}` : url
  // Next answers an RSC request without the right cache-busting _rsc value with a redirect to the same page carrying it: follow that one.
  for (let hop = 0; ; hop++) {
    const res = await request.get(target, { headers, maxRedirects: 0 })
    const location = res.headers()['location'] ?? ''
    const next = location && new URL(location, 'http://x')
    if (hop < 2 && next && next.pathname === new URL(target, 'http://x').pathname && next.searchParams.has('_rsc')) {
      target = next.pathname + next.search
      continue
    }
    return { status: res.status(), body: await res.text(), location }
  }
}

test.describe('admin pages: no admin data without the right session', () => {
  let ids: Ids
  const markers = [adminEmail, editorEmail, canarySuggestion]

  test.beforeAll(() => {
    createUser(adminEmail, 'admin')
    createUser(editorEmail, 'editor')
    createUser(disabledEmail, 'admin')
    const db = new Database(dbFile)
    db.prepare(`INSERT INTO "CorrectionSuggestion" ("publicId", "recordType", "recordId", "text", "status", "clientHash", "createdAt") VALUES (?, 'Agreement', '1', ?, 'open', 'sweep', ?)`)
      .run(`sweep${tag}`, canarySuggestion, Date.now())
    const one = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { id: number }).id
    ids = {
      agreement: one('SELECT min(id) AS id FROM "Agreement"'),
      agency: one('SELECT min(id) AS id FROM "Agency"'),
      county: one('SELECT min(id) AS id FROM "County"'),
      policyEvent: one('SELECT min(id) AS id FROM "PolicyEvent"'),
      admin: one('SELECT id FROM "User" WHERE email = ?', adminEmail),
      editor: one('SELECT id FROM "User" WHERE email = ?', editorEmail),
      disabled: one('SELECT id FROM "User" WHERE email = ?', disabledEmail),
    }
    db.close()
  })

  test('every page under /admin is in the table of expected roles', () => {
    expect(pagesOnDisk().sort()).toEqual(Object.keys(EXPECTED_ROLE).sort())
  })

  test('the markers are visible to the right role, so a leak would be seen', async ({ request }) => {
    const admin = await sessionCookie(ids.admin)
    const editor = await sessionCookie(ids.editor)
    expect((await fetchAs(request, '/admin/users', 'plain GET', admin)).body).toContain(editorEmail)
    expect((await fetchAs(request, '/admin/corrections', 'RSC refetch tree', editor)).body).toContain(canarySuggestion)
    expect((await fetchAs(request, `/admin/audit?type=User`, 'plain GET', admin)).body).toContain(adminEmail)
  })

  test('≥ 300 distinct attempts without the right session: redirect or 401/403, no marker in the body', async ({ request }) => {
    test.setTimeout(600_000)
    const disabledCookie = await sessionCookie(ids.disabled)
    const disable = new Database(dbFile)
    disable.prepare(`UPDATE "User" SET "disabledAt" = ? WHERE "id" = ?`).run(iso(Date.now()), ids.disabled)
    disable.close()
    const personas: Record<string, string | null> = {
      'no cookie': null,
      'forged cookie (wrong secret)': await sessionCookie(ids.admin, { key: 'x'.repeat(40) }),
      'garbage cookie': `Fe26.2**${randomBytes(40).toString('hex')}`,
      'expired session': await sessionCookie(ids.admin, { expired: true }),
      'session id that does not exist': await sealData({ sessionId: 'no-such-session' }, { password: secret, ttl: 3600 }),
      'signed-out cookie (session ended)': await sessionCookie(ids.admin, { ended: true }),
      "disabled user's cookie": disabledCookie,
      'old-format cookie (user id and role, no session)': await sealData({ userId: ids.admin, email: adminEmail, role: 'admin', issuedAt: Date.now() }, { password: secret, ttl: 3600 }),
    }
    const editorCookie = await sessionCookie(ids.editor)
    const attempts = new Set<string>()
    const leaks: string[] = []
    for (const [route, role] of Object.entries(EXPECTED_ROLE)) {
      const who = role === 'admin' ? { ...personas, 'editor on an admin-only page': editorCookie } : personas
      for (const url of concrete(route, ids))
        for (const kind of Object.keys(KINDS))
          for (const [persona, cookie] of Object.entries(who)) {
            const key = `${kind} ${url} [${persona}]`
            attempts.add(key)
            const res = await fetchAs(request, url, kind, cookie)
            const refused = [303, 307, 308].includes(res.status) ? /\/login/.test(res.location) : [401, 403].includes(res.status)
            const leaked = markers.filter((m) => res.body.includes(m))
            if (!refused || leaked.length) leaks.push(`${key} → ${res.status} ${res.location} ${leaked.join(', ')}`)
          }
    }
    console.log(`admin read sweep: ${attempts.size} distinct attempts, ${leaks.length} leaks`)
    expect(leaks).toEqual([])
    expect(attempts.size).toBeGreaterThanOrEqual(300)
  })
})
