import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findWorkbookLinks } from './links'

const PAGE = readFileSync('lib/fetch/fixtures/ice-287g-page.html', 'utf8')
const ICE = new URL('https://www.ice.gov/identify-and-arrest/287g')
const found = (html: string, page = ICE) => findWorkbookLinks(html, page).map((l) => ({ kind: l.kind, url: l.url.href, fileName: l.fileName }))

describe('findWorkbookLinks', () => {
  it('finds the participating and pending workbooks on the page, resolved against its address, and nothing else', () => {
    expect(found(PAGE)).toEqual([
      { kind: 'participating', url: 'https://www.ice.gov/doclib/about/offices/ero/287g/participatingAgencies05182026am.xlsx', fileName: 'participatingAgencies05182026am.xlsx' },
      { kind: 'pending', url: 'https://www.ice.gov/doclib/about/offices/ero/287g/pendingAgencies07182025pm.xlsx', fileName: 'pendingAgencies07182025pm.xlsx' },
    ])
  })

  it('resolves relative links against the page or its <base>, and keeps absolute ones', () => {
    const html = `<base href="https://mirror.example/ice/"><a href="doclib/participatingAgencies-20250222170629.xlsx">x</a>
      <a href="https://www.ice.gov/doclib/about/offices/ero/287g/pendingAgencies02272026am.xlsx">y</a>`
    expect(found(html)).toEqual([
      { kind: 'participating', url: 'https://mirror.example/ice/doclib/participatingAgencies-20250222170629.xlsx', fileName: 'participatingAgencies-20250222170629.xlsx' },
      { kind: 'pending', url: 'https://www.ice.gov/doclib/about/offices/ero/287g/pendingAgencies02272026am.xlsx', fileName: 'pendingAgencies02272026am.xlsx' },
    ])
  })

  it('takes the newest file when a list is linked more than once, whatever the order', () => {
    const html = `<a href="/d/participatingAgencies05182026am.xlsx">new</a><a href="/d/participatingAgencies07182025pm.xlsx">old</a>
      <a href="/d/participatingAgencies05182026am.xlsx?download=1">same</a>`
    expect(found(html).map((l) => l.fileName)).toEqual(['participatingAgencies05182026am.xlsx'])
  })

  it('finds nothing on a page without workbook links, ignoring look-alikes, other schemes and broken hrefs', () => {
    const html = `<a href="/doclib/participatingAgenciesMap.pdf">map</a><a href="mailto:participatingAgencies.xlsx">m</a>
      <a href="http://[::1">broken</a><a>no href</a><p>participatingAgencies05182026am.xlsx (text, not a link)</p>`
    expect(found(html)).toEqual([])
    expect(found('')).toEqual([])
  })
})
