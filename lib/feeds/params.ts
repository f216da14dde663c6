import { z } from 'zod'
import { AGREEMENT_MODELS } from '../agreements/schema.ts'
import { STATE_CODES } from '../states.ts'

export interface FeedParamError {
  code: 'invalid_parameter'
  message: string
  field: string
}

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : String(v).split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)), z.array(item))
const models = z.preprocess(
  (v) => (v === undefined ? [] : String(v).split(',').map((s) => s.trim()).filter(Boolean)),
  z.array(z.enum(AGREEMENT_MODELS, { message: `model must be one of ${AGREEMENT_MODELS.join(', ')}` })),
)
const state = list(z.enum(STATE_CODES, { message: 'state must be a USPS code such as VA or GU' }))

export const ChangesFeedSchema = z.object({
  state,
  agency: z.string().regex(/^\d{1,9}$/, 'agency must be an agency id (a positive whole number)').transform(Number).refine((n) => n > 0, 'agency must be a positive id').optional(),
  limit: z.string().regex(/^\d+$/, 'limit must be a whole number').transform(Number).pipe(z.number().min(1, 'limit is at least 1').max(5000, 'limit is at most 5000')).optional(),
})

export const ExpirationsFeedSchema = z.object({ state, model: models })

/** Strict parse: the first bad filter becomes a 400 body. */
export function parseFeedParams<S extends z.ZodType>(schema: S, params: URLSearchParams): { ok: true; value: z.infer<S> } | { ok: false; error: FeedParamError } {
  const raw: Record<string, string> = {}
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key).join(',')
  const res = schema.safeParse(raw)
  if (res.success) return { ok: true, value: res.data }
  const issue = res.error.issues[0]!
  return { ok: false, error: { code: 'invalid_parameter', message: issue.message, field: String(issue.path[0] ?? '') } }
}
