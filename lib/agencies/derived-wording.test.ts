import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { db } from '../db'
import { loadWindows } from '../lifecycle/lists'
import { getAgency } from './queries'
import { agreementTimeline } from './timeline'

describe('the timeline words every removal and model switch of the shipped record', () => {
  it('in English exactly as the reason recorded with the event, so the Spanish page can word the same facts', async () => {
    const windows = await loadWindows(db)
    const events = await db.agreementEvent.findMany({ where: { derived: true, kind: { in: ['removed', 'model_switch'] } }, select: { id: true, reason: true, agreement: { select: { agencyId: true } } } })
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'agency.timeline.sentences' })
    const worded = new Map<number, string>()
    for (const agencyId of new Set(events.map((e) => e.agreement.agencyId))) {
      for (const g of (await getAgency(agencyId))!.agreements) {
        for (const item of agreementTimeline(g, windows, '2026-12-01')) {
          if (item.key.startsWith('event-') && 'key' in item.text) worded.set(Number(item.key.slice('event-'.length)), t(item.text.key as 'removedAfter', item.text.values as never))
        }
      }
    }
    // The shipped record has about 300 (lib/lifecycle/events.ts derives them from the captures).
    expect(events.length).toBeGreaterThan(250)
    expect(events.filter((e) => worded.get(e.id) !== e.reason).map((e) => `${e.reason} → ${worded.get(e.id)}`)).toEqual([])
  }, 120_000)
})
