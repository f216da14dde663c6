import type { AgreementModel } from '../agreements/constants.ts'

/**
 * When each 287(g) model existed (facts §4, §7, §8 and the policy events): a model's line is drawn only inside its
 * eras, so the years before it existed, or while it was discontinued, are no line at all rather than a 0 no list states.
 * `to` is exclusive. The task forces' era runs through January 2013 so that their end (Dec 31, 2012, recorded from
 * ICE's non-renewal) is drawn as the drop to 0 in the first month-end after it.
 */
export const MODEL_ERAS: Record<AgreementModel, { from: string; to: string | null }[]> = {
  task_force: [{ from: '2002-01-01', to: '2013-02-01' }, { from: '2025-01-20', to: null }],
  jail_enforcement: [{ from: '2002-01-01', to: null }],
  warrant_service_officer: [{ from: '2019-05-06', to: null }],
}

export function modelExisted(model: AgreementModel, date: string): boolean {
  return MODEL_ERAS[model].some((e) => e.from <= date && (e.to === null || date < e.to))
}

/** What the Secure Communities series means at a date (facts §6): switched on county by county, discontinued, revived. */
export type ScPhase = 'before' | 'active' | 'discontinued' | 'revived'
export const SC_LAUNCHED = '2008-03-01'
export const SC_DISCONTINUED_ON = '2014-11-20'
export const SC_REVIVED_ON = '2017-01-25'

export function scPhase(date: string): ScPhase {
  if (date < SC_LAUNCHED) return 'before'
  if (date < SC_DISCONTINUED_ON) return 'active'
  if (date < SC_REVIVED_ON) return 'discontinued'
  return 'revived'
}

/**
 * The full range is drawn as two panels with their own count axes: agreements numbered in the tens before 2017 and in
 * the thousands by 2025, and one axis would flatten the first era to a few pixels. 2017 is when 287(g) was revived.
 */
export const PANEL_BREAK = '2017-01'
