import { NextIntlClientProvider } from 'next-intl'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { ListDetail } from './list-detail'

// The component reads its labels through next-intl, as on the English page.
const inEnglish = (element: ReactElement) => renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'en', messages: en, timeZone: 'UTC', children: element }))

const list = {
  id: 11, kind: 'participating', asOf: '2026-06-01', fileName: 'participatingAgencies06012026am.xlsx', sha256: 'ab'.repeat(32), rowCount: 1841,
  caption: null, sourceUrl: null, capturedOn: null, provenance: null, importedAt: '2026-06-02T09:30:00.000Z', label: 'ICE list of 2026-06-01',
}

describe('ListDetail', () => {
  it('says who imported a list that carries no written provenance, instead of a dash', () => {
    const html = inEnglish(createElement(ListDetail, { list, window: undefined, record: { actor: 'editor@example.org', channel: 'form', at: '2026-06-02T09:30:00.000Z' } }))
    const provenance = /<dt[^>]*>Provenance<\/dt><dd>(.*?)<\/dd>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '')
    expect(provenance).toBe(`File participatingAgencies06012026am.xlsx imported by editor@example.org, through the admin upload on 2026-06-02; SHA-256 ${'ab'.repeat(32)}. No address of the published file was recorded with it.`)
  })

  it('keeps the written provenance of a seeded list', () => {
    const html = inEnglish(createElement(ListDetail, { list: { ...list, provenance: 'ICE workbook, byte for byte' }, window: undefined, record: undefined }))
    expect(html).toContain('<dd>ICE workbook, byte for byte</dd>')
  })
})
