import type en from '../../messages/en.json'
import type { AsOfCheck } from '../as-of.ts'

/**
 * A message lib/ builds for a page (a URL parameter it ignored, a series it left out), as a key of the `notices`
 * catalogue and its values, so the page words it in the reader's language. The JSON API keeps its English messages.
 */
export type NoticeKey = keyof (typeof en)['notices']
export interface Notice {
  key: NoticeKey
  values: Record<string, string | number>
}

export const notice = (key: NoticeKey, values: Notice['values'] = {}): Notice => ({ key, values })

const AS_OF_KEYS = { format: 'asOfFormat', future: 'asOfFuture', early: 'asOfEarly' } as const

/** The notice for an `as_of` that checkAsOf refused: the page shows today instead. */
export function asOfNotice(check: Extract<AsOfCheck, { ok: false }>): Notice {
  return notice(AS_OF_KEYS[check.reason], { value: check.value, today: check.asOf, earliest: check.earliest ?? '' })
}
