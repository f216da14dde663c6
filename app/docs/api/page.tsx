import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { apiReference } from '@/lib/docs/api-reference'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiDocs'))('metaTitle') }
}

/** The API reference: docs/api.md, or its Spanish translation docs/api.es.md on /es. */
export default async function ApiDocs() {
  const html = await apiReference(await getLocale())
  return <div className="doc max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />
}
