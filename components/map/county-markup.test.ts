import { describe, expect, it } from 'vitest'
import { countyMarkup } from './county-markup'
import { packCounties } from './county-pack'
import type { DrawnCounty } from './map-model'

const drawn: DrawnCounty[] = [
  { fips: '48201', d: 'M0 0l100 0 0 50-100 0z', where: 'Harris County, TX', cls: 'a', label: 'Harris County, TX: activated 2008-10-27; 287(g) jail enforcement', activated: true, has287g: true },
  { fips: '22059', d: 'M200 0l10 0 0 10z', where: 'La Salle Parish, LA', cls: 'o', label: 'La Salle Parish, LA: "quoted" & <odd>', activated: false, has287g: false },
]
const SHAPES = '/map/shapes.svg?v=abc'

describe('countyMarkup', () => {
  it('writes one named button per county, referring to its shape, with the label escaped; only the first is in the tab order', () => {
    const html = countyMarkup(packCounties(drawn, 'M0 0l5 5', false), SHAPES)
    expect(html).toBe(
      '<use href="/map/shapes.svg?v=abc#c48201" data-fips="48201" class="a" role="button" tabindex="0" aria-label="Harris County, TX: activated 2008-10-27; 287(g) jail enforcement"/>' +
        '<use href="/map/shapes.svg?v=abc#c22059" data-fips="22059" class="o" role="button" tabindex="-1" aria-label="La Salle Parish, LA: &quot;quoted&quot; &amp; &lt;odd&gt;"/>' +
        '<path class="b" d="M0 0l5 5"/>',
    )
  })

  it('on the rollout layer, outlines and dots only the counties with an agreement, hidden from assistive technology', () => {
    const html = countyMarkup(packCounties(drawn, '', true), SHAPES)
    const marks = html.slice(html.indexOf('<defs>'))
    // Harris's box spans 0..100 × 0..50: its dot sits at the centre.
    expect(marks).toBe(
      '<defs><path id="d287g" d="M50 25h0" vector-effect="non-scaling-stroke"/></defs><g data-layer="287g" aria-hidden="true">' +
        '<use href="/map/shapes.svg?v=abc#c48201" class="gh"/><use href="/map/shapes.svg?v=abc#c48201" class="gl"/><use href="#d287g" class="dh"/><use href="#d287g" class="dl"/></g>',
    )
  })

  it('sends each shared sentence once, with the county names apart, and rebuilds every label from them', () => {
    const same = [
      { fips: '01001', d: 'M0 0h1', where: 'Autauga County, AL', cls: 'z', label: 'Autauga County, AL: no county-level 287(g) agreement', activated: false, has287g: false },
      { fips: '01003', d: 'M0 0h1', where: 'Baldwin County, AL', cls: 'z', label: 'Baldwin County, AL: no county-level 287(g) agreement', activated: false, has287g: false },
    ]
    const packed = packCounties(same, '', false)
    expect(packed.texts).toEqual(['\u0001: no county-level 287(g) agreement'])
    expect(packed.text).toEqual([0, 0])
    expect(packed.cls).toBe('zz')
    expect(countyMarkup(packed, SHAPES)).toContain('aria-label="Baldwin County, AL: no county-level 287(g) agreement"')
  })
})
