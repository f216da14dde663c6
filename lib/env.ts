import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z.string().default('file:./data/tracker.db'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  SESSION_SECRET: z.string().min(32).optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the header is not trusted). lib/auth/client-address.ts
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SLOW_QUERY_MS: z.coerce.number().int().positive().default(200),
  /**
   * The public origin of the site, used for every absolute link (feeds, export metadata). Never derived from the
   * request: Host and X-Forwarded-Host are client-controlled.
   */
  SITE_URL: z
    .url({ protocol: /^https?$/, message: 'SITE_URL must be an http(s) URL such as https://tracker.example.org' })
    .transform((u) => new URL(u).origin)
    .default(`http://localhost:${process.env.PORT ?? 3000}`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
})

export const env = EnvSchema.parse(process.env)
