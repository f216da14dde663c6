import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { apiReference } from '@/lib/docs/api-reference'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiDocs'))('metaTitle') }
}

/** The API reference (docs/api.md). In Spanish: a Spanish heading and summary, then the reference itself, kept in English. */
export default async function ApiDocs() {
  const [ref, locale, t] = await Promise.all([apiReference(), getLocale(), getTranslations('apiDocs')])
  if (locale === 'en') return <div className="doc max-w-3xl" dangerouslySetInnerHTML={{ __html: ref.html }} />
  return (
    <div className="doc max-w-3xl">
      <h1>{t('title', { title: ref.title })}</h1>
      <p>{t('intro')}</p>
      <p>{t('errors')}</p>
      <p>{t.rich('openapi', { link: (c) => <a href="/api/v1/openapi.json">{c}</a>, code: (c) => <code>{c}</code> })}</p>
      <p>{t('english')}</p>
      <div lang="en" dangerouslySetInnerHTML={{ __html: ref.body }} />
    </div>
  )
}
