import { WHERE, type CountyLayer } from './county-markup'
import { dotsPath, type DrawnCounty } from './map-model'

/** The drawn counties in the compact shape the map's client part rebuilds its markup from (county-markup.ts). */
export function packCounties(drawn: DrawnCounty[], borders: string, outline287g: boolean): CountyLayer {
  const texts: string[] = []
  const index = new Map<string, number>()
  const text = drawn.map((c) => {
    const shared = c.label.replace(c.where, WHERE)
    let i = index.get(shared)
    if (i === undefined) index.set(shared, (i = texts.push(shared) - 1))
    return i
  })
  const marked = outline287g ? drawn.flatMap((c, i) => (c.has287g ? [i] : [])) : []
  return {
    fips: drawn.map((c) => c.fips),
    cls: drawn.map((c) => c.cls).join(''),
    where: drawn.map((c) => c.where),
    texts,
    text,
    marked,
    dots: marked.length ? dotsPath(marked.map((i) => drawn[i]!.d)) : '',
    borders,
  }
}
