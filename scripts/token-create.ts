// npm run token:create -- --email <e> --name <name> [--scope read|edit|import] [--days 1-365]   (prints the token once; only its hash is stored)
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { TOKEN_DAYS, TOKEN_SCOPES } from '../lib/auth/tokens.ts'

const USAGE = `Usage: npm run token:create -- --email <e-mail of an existing user> --name <what the token is for> [--scope ${TOKEN_SCOPES.join('|')}] [--days 1-${TOKEN_DAYS.max}, default ${TOKEN_DAYS.default}]\n`
const ArgsSchema = z.object({
  email: z.string().trim().toLowerCase().email('--email must be an e-mail address'),
  name: z.string().trim().min(1, '--name is required').max(100),
  scope: z.enum(TOKEN_SCOPES, { error: `--scope must be one of ${TOKEN_SCOPES.join(', ')}` }).default('edit'),
  days: z.coerce.number().int().min(1, '--days must be at least 1').max(TOKEN_DAYS.max, `--days must be at most ${TOKEN_DAYS.max}`).default(TOKEN_DAYS.default),
})

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string' }, days: { type: 'string' } } }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const parsed = ArgsSchema.safeParse(values)
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`)
    return 2
  }
  const { email, name, scope, days } = parsed.data
  const { db } = await import('../lib/db.ts')
  const { issueToken } = await import('../lib/auth/tokens.ts')
  const { hasRole } = await import('../lib/auth/roles.ts')
  try {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, disabledAt: true } })
    if (!user || user.disabledAt) {
      process.stderr.write(`No active user with the e-mail address ${email}; create one with npm run user:create.\n`)
      return 1
    }
    if (scope === 'import' && !hasRole(user.role, 'admin')) {
      process.stderr.write(`${email} is an ${user.role}; imports need an admin, so an import token for them would be refused.\n`)
      return 1
    }
    const issued = await issueToken(db, user.id, { name, scope, days }, { actor: `cli:${process.env.USER ?? 'unknown'}`, channel: 'cli', reason: 'Issued with npm run token:create' })
    process.stderr.write(`Token ${issued.id} "${name}" for ${email}, scope ${scope}, expires ${issued.expiresAt.toISOString().slice(0, 10)}. It is shown only now; store it safely:\n`)
    process.stdout.write(`${issued.token}\n`)
    return 0
  } finally {
    await db.$disconnect()
  }
}

process.exitCode = await main()
