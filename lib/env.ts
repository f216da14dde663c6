import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z.string().default('file:./data/tracker.db'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SESSION_SECRET: z.string().min(32).optional(),
  SLOW_QUERY_MS: z.coerce.number().int().positive().default(200),
})

export const env = EnvSchema.parse(process.env)
