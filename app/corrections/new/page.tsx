import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/lib/i18n/navigation'
import { notFound } from 'next/navigation'
import { SuggestForm } from '@/components/corrections/suggest-form'
import { readIdParam } from '@/lib/admin/search-params'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('corrections'))('metaTitle'), robots: { index: false } }
}

/** Stand-alone entry point: /corrections/new?type=Agency&id=123 (pages can also embed the form). */
export default async function NewCorrection({ searchParams }: { searchParams: Promise<{ type?: string; id?: string }> }) {
  const sp = await searchParams
  const type = sp.type === 'Agency' || sp.type === 'Agreement' ? sp.type : null
  const id = sp.id ? readIdParam(sp.id) : null
  if (!type || id === null) notFound()
  const t = await getTranslations('corrections')
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t.rich('about', { type, id, link: (c) => <Link href={`/agencies/${id}`}>{c}</Link> })}</p>
      <SuggestForm recordType={type} recordId={id} open />
    </div>
  )
}
