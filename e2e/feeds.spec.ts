import ICAL from 'ical.js'
import { XMLParser } from 'fast-xml-parser'
import { expect, test } from '@playwright/test'

const xml = new XMLParser({ ignoreAttributes: false })
type Entry = { title: { '#text': string }; updated: string; link: { '@_href': string } }

test('the changes feed for Virginia is Atom and holds the task forces not renewed on 2012-12-31', async ({ request }) => {
  const res = await request.get('/feeds/changes.atom?state=VA')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('application/atom+xml')
  const feed = xml.parse(await res.text()).feed
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
  const entries: Entry[] = [feed.entry].flat()
  const notRenewed = entries.filter((e) => e.title['#text'].endsWith('task force agreement not renewed'))
  expect(notRenewed.map((e) => e.title['#text'])).toContain('Herndon Police Department (Virginia): task force agreement not renewed')
  expect(notRenewed).toHaveLength(6)
  for (const e of notRenewed) expect(e.updated).toBe('2012-12-31T00:00:00.000Z')
  const dates = entries.map((e) => e.updated)
  expect(dates).toEqual([...dates].sort().reverse())
})

test('the changes feed filters by agency', async ({ request }) => {
  const res = await request.get('/feeds/changes.atom?agency=2')
  const entries: Entry[] = [xml.parse(await res.text()).feed.entry].flat()
  expect(entries.length).toBeGreaterThan(0)
  for (const e of entries) expect(e.link['@_href']).toMatch(/\/agencies\/2#agreement-\d+$/)
})

test('the expirations calendar is a valid VCALENDAR, filtered or not', async ({ request }) => {
  for (const url of ['/feeds/expirations.ics', '/feeds/expirations.ics?state=TX&model=task_force']) {
    const res = await request.get(url)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toContain('text/calendar')
    const cal = new ICAL.Component(ICAL.parse(await res.text()))
    expect(cal.name).toBe('vcalendar')
    expect(cal.getFirstPropertyValue('version')).toBe('2.0')
  }
})

test('invalid feed filters are a 400 naming the field', async ({ request }) => {
  for (const [url, field] of [['/feeds/changes.atom?state=XX', 'state'], ['/feeds/changes.atom?agency=-1', 'agency'], ['/feeds/expirations.ics?model=posse', 'model']]) {
    const res = await request.get(url!)
    expect(res.status()).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_parameter', field } })
  }
})
