import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { listLabel } from '../lifecycle/lists'
import { upperFirst, wordListLabels } from './list-label'

const words = (locale: 'en' | 'es') => {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'labels' })
  return (text: string) => wordListLabels(text, (kind, date) => t('list', { kind, date }))
}

describe('list labels on a page', () => {
  it('words each kind of ICE list in Spanish', () => {
    const say = words('es')
    expect(say('ICE list of 2025-01-04')).toBe('lista de ICE del 2025-01-04')
    expect(say('ICE roster of 2012-10-02')).toBe('lista de ICE (hoja informativa) del 2012-10-02')
    expect(say('ICE pending list of 2026-02-27')).toBe('lista de pendientes de ICE del 2026-02-27')
  })

  it('words every label inside a longer text and leaves the rest alone', () => {
    expect(words('es')('ICE roster of 2010-10-29, ICE roster of 2011-08-18; ICE list of 2026-05-18')).toBe(
      'lista de ICE (hoja informativa) del 2010-10-29, lista de ICE (hoja informativa) del 2011-08-18; lista de ICE del 2026-05-18',
    )
    expect(words('es')('Harris County Sheriff’s Office')).toBe('Harris County Sheriff’s Office')
  })

  it('gives English pages the very label the API and feeds cite', () => {
    const say = words('en')
    for (const [kind, text] of [['participating', 'ICE list of 2026-05-18'], ['roster', 'ICE roster of 2012-10-02'], ['pending', 'ICE pending list of 2026-02-27']] as const) {
      const date = text.slice(-10)
      expect(listLabel(kind, date)).toBe(text)
      expect(say(text)).toBe(text)
    }
  })

  it('capitalises a label that opens a heading', () => {
    expect(upperFirst(words('es')('ICE list of 2025-01-04'))).toBe('Lista de ICE del 2025-01-04')
    expect(upperFirst('ICE list of 2025-01-04')).toBe('ICE list of 2025-01-04')
  })
})
