'use client'

import { useMemo } from 'react'
import { countyMarkup, type CountyLayer as Layer } from './county-markup'

/** The counties' markup, built from the compact lists the page sends (the same string the server rendered). */
export function CountyLayer({ layer, shapes }: { layer: Layer; shapes: string }) {
  const html = useMemo(() => countyMarkup(layer, shapes), [layer, shapes])
  return <g dangerouslySetInnerHTML={{ __html: html }} />
}
