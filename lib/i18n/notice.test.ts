import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { parseAgreementQueryLenient } from '@/lib/agreements/query'
import { compareNotices } from '@/lib/compare/present'
import { readAsOfParam, readPageParam, readStateSort } from '@/lib/states/page-params'
import { readMapParams } from '@/lib/stats/view-params'
import type { Notice } from './notice'

const TODAY = '2026-12-02'
const say = (locale: 'en' | 'es', notices: Notice[]) => {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : es, namespace: 'notices' })
  return notices.map((n) => t(n.key, n.values))
}
const agreements = (qs: string) => parseAgreementQueryLenient(new URLSearchParams(qs)).notices

describe('URL-parameter notices in English and Spanish', () => {
  it('words a bad, future or too early as_of in each language, with today as the fallback', () => {
    const bad = readAsOfParam({ as_of: 'bad' }, TODAY).notices
    expect(say('en', bad)).toEqual(['Ignored as_of: "bad" is not a real date written YYYY-MM-DD; showing today (2026-12-02) instead.'])
    expect(say('es', bad)).toEqual(['Se ignoró as_of: «bad» no es una fecha real escrita AAAA-MM-DD; se muestra hoy (2026-12-02).'])
    expect(say('es', readAsOfParam({ as_of: '2030-01-01' }, TODAY).notices)).toEqual(['Se ignoró as_of: 2030-01-01 es una fecha futura; se muestra hoy (2026-12-02).'])
    expect(say('es', readMapParams({ as_of: '0001-12-01' }, TODAY).notices)).toEqual([
      'Se ignoró as_of: 0001-12-01 es anterior a 2002-01-01, la primera fecha para la que responde el rastreador; se muestra hoy (2026-12-02).',
    ])
  })

  it('names the parameter and the value the agreements page dropped', () => {
    expect(say('es', agreements('state=TX,XX&per_page=banana'))).toEqual([
      'Se ignoró state: «XX» no es un código postal (USPS) como TX o GU.',
      'Se ignoró per_page: «banana» no es un número entero entre 1 y 1000.',
    ])
    expect(say('en', agreements('model=tf'))).toEqual(['Ignored model: "tf" is not one of task_force, jail_enforcement, warrant_service_officer.'])
    expect(say('es', agreements('signed_from=2013-01-01&signed_to=2012-01-01'))).toEqual(['Se ignoró signed_from: 2013-01-01 es posterior a signed_to (2012-01-01).'])
    expect(say('es', agreements('as_of=bad')).at(0)).toMatch(/^Se ignoró as_of: «bad» no es una fecha real escrita AAAA-MM-DD; se muestra hoy \(\d{4}-\d\d-\d\d\)\.$/)
  })

  it('words the map, state-table, page and compare notices', () => {
    expect(say('es', readMapParams({ layer: 'sc', county: 'Harris' }, TODAY).notices)).toEqual([
      'Se ignoró layer: «sc» no es ninguno de estos valores: rollout, 287g.',
      'Se ignoró county: «Harris» no es un código FIPS de cinco cifras.',
    ])
    expect(say('es', readStateSort({ sort: 'bogus' }).notices)).toEqual(['No se puede ordenar por «bogus»; se ordena por acuerdos vigentes.'])
    expect(say('en', readPageParam({ page: 'x' }).notices)).toEqual(['"x" is not a page number; showing page 1.'])
    expect(say('es', compareNotices(2, [99999]))).toEqual([
      'Se pueden comparar como máximo 5 estados y agencias; se omitieron 2 más que figuraban en la dirección.',
      'Ninguna agencia tiene el id 99999; se omite.',
    ])
    expect(say('en', compareNotices(1, [7, 8]))).toEqual([
      'At most 5 states and agencies can be compared; 1 more in the address was left out.',
      'No agency has the id 7, 8; they are left out.',
    ])
  })
})
