// npm run user:create -- --email <e> --role admin|editor   (password from NEW_USER_PASSWORD or a prompt)
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { DuplicateEmailError, NewUserSchema } from '../lib/auth/users.ts'

const USAGE = 'Usage: npm run user:create -- --email <e-mail> --role admin|editor  (password from NEW_USER_PASSWORD or a prompt)\n'

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })
    const original = write._writeToOutput.bind(rl)
    write._writeToOutput = (s: string) => original(s.startsWith(question) ? s : '')
    rl.question(question, (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    })
  })
}

async function main(): Promise<number> {
  let values
  try {
    values = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' } } }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  if (!values.email || !values.role) {
    process.stderr.write(USAGE)
    return 2
  }
  const password = process.env.NEW_USER_PASSWORD || (process.stdin.isTTY ? await promptHidden('Password (at least 12 characters): ') : '')
  const parsed = NewUserSchema.safeParse({ email: values.email, role: values.role, password })
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) process.stderr.write(`${field}: ${(messages as string[]).join(' ')}\n`)
    return 1
  }
  const { db } = await import('../lib/db.ts')
  const { createUser } = await import('../lib/auth/users.ts')
  try {
    const user = await createUser(db, parsed.data, { actor: `cli:${process.env.USER ?? 'unknown'}`, channel: 'cli', reason: 'Created with npm run user:create' })
    process.stdout.write(`Created ${parsed.data.role} ${parsed.data.email} (user ${user.id}).\n`)
    return 0
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      process.stderr.write(`${error.message}\n`)
      return 1
    }
    throw error
  } finally {
    await db.$disconnect()
  }
}

process.exitCode = await main()
