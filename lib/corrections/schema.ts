import { z } from 'zod'

export const CORRECTABLE = ['Agreement', 'Agency'] as const

export const SuggestionSchema = z.object({
  recordType: z.enum(CORRECTABLE, { error: 'This page cannot take corrections.' }),
  recordId: z.coerce.number().int().positive(),
  text: z.string().trim().min(10, 'Describe what is wrong and what is right (at least 10 characters).').max(4000, 'Keep it under 4,000 characters.'),
  evidenceUrl: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.url({ protocol: /^https?$/, error: 'The evidence link must be a web address starting with https:// or http://.' }).max(2000).nullable().optional(),
  ),
  // Honeypot: hidden from people, filled by bots.
  website: z.string().max(0).optional(),
})
export type SuggestionInput = z.infer<typeof SuggestionSchema>

type SuggestionMessage = 'textShort' | 'textLong' | 'evidence' | 'recordType' | 'field'

/** The suggestion form's field errors in the reader's language (`t`: the corrections.action messages). */
export function suggestionErrors(issues: z.core.$ZodIssue[], t: (key: SuggestionMessage) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '')
    const key: SuggestionMessage =
      field === 'text' ? (issue.code === 'too_big' ? 'textLong' : 'textShort')
      : field === 'evidenceUrl' ? 'evidence'
      : field === 'recordType' ? 'recordType'
      : 'field'
    ;(out[field] ??= []).push(t(key))
  }
  return out
}

export const DecisionSchema = z.object({
  id: z.coerce.number().int().positive(),
  decisionReason: z.string().trim().min(5, 'Say why (at least 5 characters); the suggester will see it.').max(2000),
})

/** Per client address per hour, and for the whole site per day (the review queue stays readable under a flood). */
export const SUGGESTION_LIMIT = { perHour: 5, perDayAll: 300 }
