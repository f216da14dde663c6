import 'server-only'
import { headers } from 'next/headers'
import { userAgentFromString } from 'next/server'
import type { Layout } from './geometry'

/**
 * Which layout to draw: phones get the narrow one (fewer ticks, text that stays legible), everything else the wide one.
 * Drawing one instead of both and hiding one with CSS halves the page's chart markup; a phone's browser says it is one
 * (Sec-CH-UA-Mobile, or its user agent).
 */
export async function chartLayout(): Promise<Layout> {
  const h = await headers()
  const mobile = h.get('sec-ch-ua-mobile') === '?1' || userAgentFromString(h.get('user-agent') ?? undefined).device.type === 'mobile'
  return mobile ? 'narrow' : 'wide'
}
