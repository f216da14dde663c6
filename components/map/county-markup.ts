import type { DrawnCounty } from './map-model'
import { dotsPath } from './map-model'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!)

/**
 * The counties, their borders and the 287(g) marks as SVG markup. The map sets it as its inner HTML, so React neither
 * hydrates these 3,000+ elements nor describes each one in its payload (it cost seconds of blocking time on a phone);
 * clicks, keys and tips are delegated to the wrapper (map-interactions.tsx). The first county is the map's one tab stop;
 * arrow keys move it (roving.ts), so a keyboard user tabs past the map in one step, not 3,000.
 */
export function countyMarkup(drawn: DrawnCounty[], borders: string, shapes: string, outline287g: boolean): string {
  const use = (fips: string, rest: string) => `<use href="${attr(shapes)}#c${fips}" ${rest}/>`
  const counties = drawn.map((c, i) => use(c.fips, `data-fips="${c.fips}" class="${c.cls}" role="button" tabindex="${i === 0 ? 0 : -1}" aria-label="${attr(c.label)}"`))
  const marked = outline287g ? drawn.filter((c) => c.has287g) : []
  // The dots are defined once without style and drawn twice (halo, dot): a <use> inherits the strokes set on it.
  const marks = marked.length
    ? `<defs><path id="d287g" d="${dotsPath(marked.map((c) => c.d))}" vector-effect="non-scaling-stroke"/></defs><g data-layer="287g" aria-hidden="true">${marked.map((c) => use(c.fips, 'class="gh"')).join('')}${marked.map((c) => use(c.fips, 'class="gl"')).join('')}<use href="#d287g" class="dh"/><use href="#d287g" class="dl"/></g>`
    : ''
  return `${counties.join('')}<path class="b" d="${borders}"/>${marks}`
}
