const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!)

/** Where a county's name stands in its label text (labels differ only in name and a handful of sentences). */
export const WHERE = '\u0001'

/**
 * The counties of one map as the page sends them (county-pack.ts): parallel lists, one class letter per county, and each
 * label as one of a few shared texts with the county's name put back in. The markup is built from this on the server
 * and again in the browser, so the page's payload carries ~100 KB of lists instead of a second copy of ~550 KB of markup.
 */
export interface CountyLayer {
  fips: string[]
  cls: string
  where: string[]
  texts: string[]
  text: number[]
  /** Indexes of the counties outlined and dotted (the rollout layer's 287(g) marks). */
  marked: number[]
  dots: string
  borders: string
}

/**
 * The counties, their borders and the 287(g) marks as SVG markup. The map sets it as its inner HTML, so React neither
 * hydrates these 3,000+ elements nor describes each one in its payload (it cost seconds of blocking time on a phone);
 * clicks, keys and tips are delegated to the wrapper (map-interactions.tsx). The first county is the map's one tab stop;
 * arrow keys move it (roving.ts), so a keyboard user tabs past the map in one step, not 3,000.
 */
export function countyMarkup(layer: CountyLayer, shapes: string): string {
  const href = attr(shapes)
  const use = (fips: string, rest: string) => `<use href="${href}#c${fips}" ${rest}/>`
  const counties = layer.fips.map((fips, i) => {
    // A function, so that a name is put back as written (a string replacement would read `$&` and the like in it).
    const label = layer.texts[layer.text[i]!]!.replace(WHERE, () => layer.where[i]!)
    return use(fips, `data-fips="${fips}" class="${layer.cls[i]}" role="button" tabindex="${i === 0 ? 0 : -1}" aria-label="${attr(label)}"`)
  })
  const marked = layer.marked.map((i) => layer.fips[i]!)
  // The dots are defined once without style and drawn twice (halo, dot): a <use> inherits the strokes set on it.
  const marks = marked.length
    ? `<defs><path id="d287g" d="${layer.dots}" vector-effect="non-scaling-stroke"/></defs><g data-layer="287g" aria-hidden="true">${marked.map((f) => use(f, 'class="gh"')).join('')}${marked.map((f) => use(f, 'class="gl"')).join('')}<use href="#d287g" class="dh"/><use href="#d287g" class="dl"/></g>`
    : ''
  return `${counties.join('')}<path class="b" d="${layer.borders}"/>${marks}`
}
