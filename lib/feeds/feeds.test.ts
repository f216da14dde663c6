import ICAL from 'ical.js'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { changesAtom } from './atom'
import { listChanges } from './changes'
import { expirationsIcs } from './ics'
import { ChangesFeedSchema, ExpirationsFeedSchema, parseFeedParams } from './params'
import { upcomingExpirations } from '../states/queries'

const origin = 'https://tracker.example'
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml)

describe('listChanges', () => {
  it('gives Virginia’s task forces not renewed on 2012-12-31 once each, with their citation', async () => {
    const changes = await listChanges({ states: ['VA'] })
    const ended = changes.filter((c) => c.kind === 'not_renewed')
    expect(ended.map((c) => c.agency.name).sort()).toEqual([
      'Herndon Police Department', 'Loudoun County Sheriff\'s Office', 'Manassas Police Department', 'Manassas Park Police Department',
      'Prince William County Police Department', 'Prince William County Sheriff\'s Office',
    ].sort())
    expect(ended.every((c) => c.date === '2012-12-31' && c.citation?.title)).toBe(true)
    const herndon = changes.filter((c) => c.agency.name === 'Herndon Police Department').map((c) => c.kind)
    expect(herndon).toEqual(['not_renewed', 'added'])
  })

  it('is newest first and marks first listings on the earliest list held', async () => {
    const changes = await listChanges({})
    const dates = changes.map((c) => c.date)
    expect(dates).toEqual([...dates].sort().reverse())
    const model = changes.filter((c) => c.kind === 'model_switch')
    expect(model).toHaveLength(3)
    const early = changes.find((c) => c.kind === 'added' && c.date === '2010-10-29')!
    expect(early.summary).toContain('earliest list held')
  })
})

describe('changes Atom feed', () => {
  it('is well-formed Atom with one entry per change, linking to the agency', async () => {
    const changes = await listChanges({ states: ['VA'] })
    const xml = changesAtom(changes, { origin, selfUrl: `${origin}/feeds/changes.atom?state=VA`, states: ['VA'], agency: null, updated: '2026-05-20T00:00:00.000Z' })
    const feed = parse(xml).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.title).toContain('Virginia')
    const entries = [feed.entry].flat()
    expect(entries).toHaveLength(changes.length)
    const herndon = entries.find((e: { title: { '#text': string } }) => e.title['#text'] === 'Herndon Police Department (Virginia): task force agreement not renewed')
    expect(herndon.updated).toBe('2012-12-31T00:00:00.000Z')
    expect(herndon.summary['#text']).toContain('Not renewed: ICE decided on Dec 21, 2012')
    expect(herndon.link['@_href']).toMatch(/^https:\/\/tracker\.example\/agencies\/\d+#agreement-\d+$/)
    expect(herndon.title['@_type']).toBe('text')
    expect(herndon.summary['@_type']).toBe('text')
  })

  it('writes agency names as text, never as markup', async () => {
    const [change] = await listChanges({ states: ['VA'] })
    const name = '<script>alert(1)</script> & "Bold" ]]> Sheriff'
    const xml = changesAtom([{ ...change!, agency: { ...change!.agency, name } }], { origin, selfUrl: `${origin}/feeds/changes.atom`, states: [], agency: null, updated: null })
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('CDATA')
    const entry = parse(xml).feed.entry
    expect(entry.title['@_type']).toBe('text')
    expect(entry.title['#text']).toContain(name)
  })
})

describe('expirations iCalendar', () => {
  it('is a valid VCALENDAR even with no upcoming expiration', async () => {
    const rows = await upcomingExpirations({ states: ['VA'] }, '2026-05-20')
    expect(rows).toEqual([])
    const ics = expirationsIcs(rows, { origin, states: ['VA'], models: [], stamp: new Date('2026-05-20T00:00:00Z') })
    const cal = new ICAL.Component(ICAL.parse(ics))
    expect(cal.name).toBe('vcalendar')
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0)
  })

  it('writes one all-day event per agreement', async () => {
    const rows = await upcomingExpirations({ states: ['VA'] }, '2012-12-01')
    expect(rows.length).toBeGreaterThan(0)
    const cal = new ICAL.Component(ICAL.parse(expirationsIcs(rows, { origin, states: ['VA'], models: [], stamp: new Date(0) })))
    const events = cal.getAllSubcomponents('vevent')
    expect(events).toHaveLength(rows.length)
    expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2012-12-31')
  })
})

describe('feed parameters', () => {
  it('reject a bad state, agency or model with the field named', () => {
    expect(parseFeedParams(ChangesFeedSchema, new URLSearchParams('state=XX'))).toMatchObject({ ok: false, error: { code: 'invalid_parameter', field: 'state' } })
    expect(parseFeedParams(ChangesFeedSchema, new URLSearchParams('agency=-3'))).toMatchObject({ ok: false, error: { field: 'agency' } })
    expect(parseFeedParams(ExpirationsFeedSchema, new URLSearchParams('model=posse'))).toMatchObject({ ok: false, error: { field: 'model' } })
  })

  it('accept lower-case and comma-separated states', () => {
    expect(parseFeedParams(ChangesFeedSchema, new URLSearchParams('state=va,md&agency=63'))).toEqual({ ok: true, value: { state: ['VA', 'MD'], agency: 63 } })
  })
})
