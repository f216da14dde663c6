import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { marked } from 'marked'
import type { Locale } from '@/lib/i18n/routing'

const references = new Map<Locale, Promise<string>>()

/**
 * The API reference as HTML: docs/api.es.md in Spanish, docs/api.md otherwise (api-reference.test.ts keeps the two in
 * step). Read once per locale per server process.
 */
export function apiReference(locale: Locale) {
  let reference = references.get(locale)
  if (!reference) {
    // A path scoped to docs/, so that the build traces that folder and not the whole project.
    const file = locale === 'es' ? 'api.es.md' : 'api.md'
    reference = readFile(path.join(process.cwd(), 'docs', file), 'utf8').then((markdown) => marked.parse(markdown))
    references.set(locale, reference)
  }
  return reference
}
