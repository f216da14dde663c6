import type { Metadata } from 'next'
import { Link } from '@/lib/i18n/navigation'
import { notFound } from 'next/navigation'
import { SuggestForm } from '@/components/corrections/suggest-form'
import { readIdParam } from '@/lib/admin/search-params'

export const metadata: Metadata = { title: 'Suggest a correction', robots: { index: false } }

/** Stand-alone entry point: /corrections/new?type=Agency&id=123 (pages can also embed the form). */
export default async function NewCorrection({ searchParams }: { searchParams: Promise<{ type?: string; id?: string }> }) {
  const sp = await searchParams
  const type = sp.type === 'Agency' || sp.type === 'Agreement' ? sp.type : null
  const id = sp.id ? readIdParam(sp.id) : null
  if (!type || id === null) notFound()
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Suggest a correction</h1>
      <p>
        About {type === 'Agency' ? <Link href={`/agencies/${id}`}>agency {id}</Link> : `agreement ${id}`}. No account needed; an editor checks every suggestion against its evidence, and you get a page that shows the outcome.
      </p>
      <SuggestForm recordType={type} recordId={id} open />
    </div>
  )
}
