import { z } from 'zod'
import { todayIso } from '../dates.ts'

const month = (field: string) =>
  z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, `${field} must be a month written YYYY-MM`)

export const TimelineQuerySchema = z
  .object({
    from: month('from').default('2008-01'),
    to: month('to').default(() => todayIso().slice(0, 7)),
    step: z.literal('month', { message: 'step must be month' }).default('month'),
  })
  .refine((v) => v.from <= v.to, { message: 'from must not be after to', path: ['from'] })
  .refine((v) => v.to <= todayIso().slice(0, 7), { message: 'to cannot be in the future', path: ['to'] })
  .refine((v) => Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4)) <= 60, { message: 'the range is at most 60 years', path: ['to'] })
