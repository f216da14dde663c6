import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z.string().default('file:./data/tracker.db'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SESSION_SECRET: z.string().min(32).optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the header is not trusted). lib/auth/client-address.ts
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SLOW_QUERY_MS: z.coerce.number().int().positive().default(200),
})

export const env = EnvSchema.parse(process.env)
