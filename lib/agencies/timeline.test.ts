import { describe, expect, it } from 'vitest'
import { createTranslator } from 'next-intl'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { wordListLabels, wordListValues } from '@/lib/i18n/list-label'
import { agreementTimeline, findGaps, flagText, type TimelineText } from './timeline'
import { NON_RENEWAL_REASON } from '@/lib/lifecycle/non-renewal-reason'

// As the agency page words them: the sentence, and the ICE lists it names, in the page's language.
const say = (locale: 'en' | 'es', text: TimelineText) => {
  const messages = locale === 'en' ? en : es
  const t = createTranslator({ locale, messages, namespace: 'agency.timeline.sentences' })
  const labels = createTranslator({ locale, messages, namespace: 'labels' })
  const listName = (s: string) => wordListLabels(s, (kind, date) => labels('list', { kind, date }))
  return 'recorded' in text ? text.recorded : t(text.key, wordListValues(text.values, listName))
}

describe('findGaps', () => {
  it('finds the 2013–2025 silence between a roster agreement and its removal', () => {
    const periods = [
      { status: 'active', model: 'jail_enforcement', startOn: '2010-10-29', endOn: '2013-04-03' },
      { status: 'removed', model: 'jail_enforcement', startOn: '2025-01-04', endOn: null },
    ]
    expect(findGaps(periods, '2008-07-08', '2026-05-20')).toEqual([
      { from: '2008-07-08', to: '2010-10-29' },
      { from: '2013-04-03', to: '2025-01-04' },
    ])
  })

  it('finds the stretch after a pending list stops covering', () => {
    expect(findGaps([{ status: 'pending', model: 'task_force', startOn: '2025-07-18', endOn: '2026-08-22' }], '2025-07-18', '2026-11-28')).toEqual([{ from: '2026-08-22', to: '2026-11-28' }])
  })
})

describe('flagText', () => {
  it('says plainly what ICE printed and what is shown, in English and Spanish', () => {
    const implausible = flagText('ICE list of 2025-09-22', 'implausible_date', '5025-07-07', 639, null)
    expect(say('en', implausible)).toBe("ICE list of 2025-09-22: ICE's sheet gives signed 5025-07-07 (row 639), an impossible date; shown as unknown.")
    expect(say('es', implausible)).toBe('En la lista de ICE del 2025-09-22, la hoja da como fecha de firma 5025-07-07 (fila 639), una fecha imposible; se muestra como desconocida.')
    const malformed = flagText('L', 'malformed_date', '7/72025', 775, '2025-06-25')
    expect(say('en', malformed)).toBe('L: ICE\'s sheet gives signed "7/72025" (row 775), which is not a date; the signing date 2025-06-25 from another list is used.')
    // St. Cloud Police Department (FL), printed twice on ICE's lists of May 2025 (prisma/data/README.md §5).
    const twice = flagText('ICE list of 2025-05-12', 'duplicate_in_list', '2025-04-15', 51, '2025-04-14')
    expect(say('en', twice)).toBe('ICE list of 2025-05-12: Row 51: duplicate in list (signed cell "2025-04-15").')
    expect(say('es', twice)).toBe('En la lista de ICE del 2025-05-12, fila 51: fila repetida, ICE imprimió el mismo acuerdo dos veces en la lista (celda de firma «2025-04-15»).')
    expect(say('es', malformed)).toBe('En la L, la hoja da como fecha de firma «7/72025» (fila 775), que no es una fecha; se usa la fecha de firma 2025-06-25 de otra lista.')
  })
})

describe('agreementTimeline sentences', () => {
  it('words the signing, the listing and an uncovered stretch in each language; recorded reasons stay as written', () => {
    const list = (id: number, asOf: string) => ({ id, kind: 'roster', asOf, fileName: `f${id}.pdf`, label: `ICE roster of ${asOf}` })
    const items = agreementTimeline({
      id: 1, signedOn: '2008-07-08',
      periods: [{ status: 'active', model: 'jail_enforcement', startOn: '2010-10-29', endOn: '2013-04-03' }],
      events: [{ id: 9, kind: 'expired', onDate: '2013-04-03', fromDate: null, toDate: null, reason: 'MOA expired', source: null, citation: null }],
      entries: [],
      intervals: [{ series: 'roster', model: 'jail_enforcement', startOn: '2010-10-29', endOn: '2012-12-31', captures: 3, first: { ...list(1, '2010-10-29'), row: 4 }, last: { ...list(3, '2012-12-31'), row: 7 } }],
    }, [], '2014-01-01')
    const t = (locale: 'en' | 'es') => items.map((i) => `${i.kind}: ${say(locale, i.text)}`)
    expect(t('en')).toEqual([
      'signed: Memorandum of agreement signed',
      'gap: No ICE list we hold covers these dates, so the status is unknown, not inactive.',
      'listed: Listed on every one of the 3 captures from ICE roster of 2010-10-29 to ICE roster of 2012-12-31, as jail enforcement',
      'expired: MOA expired',
      'gap: No ICE list we hold covers these dates, so the status is unknown, not inactive.',
    ])
    expect(t('es')).toEqual([
      'signed: Memorando de acuerdo firmado',
      'gap: Ninguna lista de ICE que tenemos cubre estas fechas, así que el estado es desconocido, no inactivo.',
      'listed: En cada una de las 3 capturas, de la lista de ICE (hoja informativa) del 2010-10-29 a la lista de ICE (hoja informativa) del 2012-12-31, como cárcel (Jail Enforcement)',
      'expired: MOA expired',
      'gap: Ninguna lista de ICE que tenemos cubre estas fechas, así que el estado es desconocido, no inactivo.',
    ])
  })

  it("words the 2012 task-force non-renewal in the page's language, not as the English reason recorded", () => {
    const items = agreementTimeline({
      id: 2, signedOn: null, periods: [], entries: [], intervals: [],
      events: [{ id: 5, kind: 'not_renewed', onDate: '2012-12-31', fromDate: null, toDate: null, reason: NON_RENEWAL_REASON, source: null, citation: null }],
    }, [], '2012-12-31')
    const ended = items.find((i) => i.kind === 'not_renewed')!
    expect(say('en', ended.text)).toBe('Not renewed: ICE decided on Dec 21, 2012 not to renew any 287(g) task-force agreement; on the ICE roster of 2012-10-16, absent from the ICE roster of 2012-12-31.')
    expect(say('es', ended.text)).toBe('No renovado: el 21 de diciembre de 2012, ICE decidió no renovar ningún acuerdo 287(g) de grupo de trabajo (Task Force); figuraba en la lista de ICE (hoja informativa) del 2012-10-16 y no en la lista de ICE (hoja informativa) del 2012-12-31.')
  })

  it('words a removal and a model switch in each language, naming the earlier capture from the interval and the coverage windows', () => {
    const roster = (id: number, asOf: string) => ({ id, kind: 'roster', asOf, fileName: `pre2018-roster-long.csv#${id}`, label: `ICE roster of ${asOf}` })
    const window = (id: number, asOf: string, end: string | null) => ({ ...roster(id, asOf), dayOrder: 0, seenOn: null, versionId: id, start: asOf, end, staleFrom: null })
    const items = agreementTimeline({
      id: 4, signedOn: null, periods: [], entries: [],
      intervals: [{ series: 'listed', model: 'task_force', startOn: '2010-10-29', endOn: '2010-10-29', captures: 1, first: { ...roster(1, '2010-10-29'), row: 46 }, last: { ...roster(1, '2010-10-29'), row: 46 } }],
      events: [
        // As lib/lifecycle/events.ts recorded them in the shipped database.
        { id: 1, kind: 'model_switch', onDate: null, fromDate: '2010-10-29', toDate: '2011-08-18', derived: true, details: JSON.stringify({ from: 'task_force', to: 'jail_enforcement' }), reason: 'Listed as task force in ICE roster of 2010-10-29, as jail enforcement in ICE roster of 2011-08-18', source: { ...roster(2, '2011-08-18'), row: 76 }, citation: null },
        { id: 2, kind: 'removed', onDate: null, fromDate: '2010-10-29', toDate: '2011-08-18', derived: true, details: null, reason: 'On ICE roster of 2010-10-29 (row 46), not on ICE roster of 2011-08-18', source: { ...roster(2, '2011-08-18'), row: null }, citation: null },
      ],
    }, [window(1, '2010-10-29', '2011-04-28'), window(2, '2011-08-18', null)], '2011-09-01')
    const text = (locale: 'en' | 'es') => items.filter((i) => i.kind === 'model_switch' || i.kind === 'removed').map((i) => say(locale, i.text))
    expect(text('en')).toEqual(['Listed as task force in ICE roster of 2010-10-29, as jail enforcement in ICE roster of 2011-08-18', 'On ICE roster of 2010-10-29 (row 46), not on ICE roster of 2011-08-18'])
    expect(text('es')).toEqual([
      'Figuraba como grupo de trabajo (Task Force) en la lista de ICE (hoja informativa) del 2010-10-29; como cárcel (Jail Enforcement) en la lista de ICE (hoja informativa) del 2011-08-18',
      'Figuraba en la lista de ICE (hoja informativa) del 2010-10-29 (fila 46); ya no en la lista de ICE (hoja informativa) del 2011-08-18',
    ])
  })

  it('words the events the tracker derived from the lists in each language; an English reason an editor recorded stays', () => {
    const ref = (id: number, kind: string, asOf: string, label: string) => ({ id, kind, asOf, fileName: `f${id}`, label, row: null })
    const items = agreementTimeline({
      id: 3, signedOn: null, periods: [], entries: [], intervals: [],
      events: [
        // As lib/lifecycle/events.ts records them (reasons copied from the shipped database).
        { id: 1, kind: 'renewed', onDate: '2010-10-12', fromDate: null, toDate: null, derived: true, details: JSON.stringify({ from: '2005-02-01', to: '2010-10-12' }), reason: 'New signing date 2010-10-12 (was 2005-02-01) in ICE roster of 2014-08-13', source: ref(7, 'roster', '2014-08-13', 'ICE roster of 2014-08-13'), citation: null },
        { id: 2, kind: 'relisted', onDate: null, fromDate: '2017-08-01', toDate: '2024-12-18', derived: true, details: null, reason: "Back on ICE list of 2024-12-18 after leaving ICE's lists", source: ref(8, 'participating', '2024-12-18', 'ICE list of 2024-12-18'), citation: null },
        { id: 3, kind: 'terminated', onDate: '2025-03-01', fromDate: null, toDate: null, derived: false, details: null, reason: 'Rescinded by the county board', source: null, citation: null },
      ],
    }, [], '2025-06-01')
    const text = (locale: 'en' | 'es') => items.filter((i) => i.kind !== 'gap').map((i) => say(locale, i.text))
    expect(text('en')).toEqual(['New signing date 2010-10-12 (was 2005-02-01) in ICE roster of 2014-08-13', "Back on ICE list of 2024-12-18 after leaving ICE's lists", 'Rescinded by the county board'])
    expect(text('es')).toEqual([
      'Nueva fecha de firma 2010-10-12 (antes 2005-02-01) en la lista de ICE (hoja informativa) del 2014-08-13',
      'De nuevo en la lista de ICE del 2024-12-18 tras haber salido de las listas de ICE',
      'Rescinded by the county board',
    ])
  })
})
