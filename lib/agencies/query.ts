import { z } from 'zod'
import { STATE_CODES } from '../states.ts'

/** The query of GET /api/v1/agencies. */
export const AgencyQuerySchema = z.object({
  q: z.string().max(200, 'q is at most 200 characters').default(''),
  state: z.array(z.enum(STATE_CODES, { message: 'state must be a USPS code such as TX' })).default([]),
  page: z.coerce.number({ message: 'page must be a number' }).int().min(1, 'page starts at 1').default(1),
  per_page: z.coerce.number({ message: 'per_page must be a number' }).int().min(1).max(1000, 'per_page is at most 1000').default(50),
})
