// npm run token:create -- --email <e> --name <name>   (prints the token once; only its hash is stored)
import { parseArgs } from 'node:util'
import { z } from 'zod'

const USAGE = 'Usage: npm run token:create -- --email <e-mail of an existing user> --name <what the token is for>\n'
const ArgsSchema = z.object({ email: z.string().trim().toLowerCase().email('--email must be an e-mail address'), name: z.string().trim().min(1, '--name is required').max(100) })

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const parsed = ArgsSchema.safeParse(values)
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`)
    return 2
  }
  const { db } = await import('../lib/db.ts')
  const { issueToken } = await import('../lib/auth/tokens.ts')
  try {
    const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, disabledAt: true } })
    if (!user || user.disabledAt) {
      process.stderr.write(`No active user with the e-mail address ${parsed.data.email}; create one with npm run user:create.\n`)
      return 1
    }
    const { id, token } = await issueToken(db, user.id, parsed.data.name, { actor: `cli:${process.env.USER ?? 'unknown'}`, channel: 'cli', reason: 'Issued with npm run token:create' })
    process.stderr.write(`Token ${id} "${parsed.data.name}" for ${parsed.data.email}. It is shown only now; store it safely:\n`)
    process.stdout.write(`${token}\n`)
    return 0
  } finally {
    await db.$disconnect()
  }
}

process.exitCode = await main()
