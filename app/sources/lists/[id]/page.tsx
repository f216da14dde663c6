import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ListDetail } from '@/components/sources/list-detail'
import { readId } from '@/lib/api'
import { getListLabel, upperFirst } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import { coverageByList, importRecords, listSnapshots } from '@/lib/cache/reads'
import { sourceYearHref } from '@/lib/sources/links'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

async function findList(raw: string) {
  const id = readId(raw)
  return id === null ? undefined : (await listSnapshots()).find((l) => l.id === id)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await findList((await params).id)
  return { title: list ? upperFirst((await getListLabel())(list.label)) : (await getTranslations('sources'))('metaTitle') }
}

export default async function SourceListPage({ params }: Props) {
  const list = await findList((await params).id)
  if (!list) notFound()
  const [coverage, imports, t, listName] = await Promise.all([coverageByList(), importRecords(), getTranslations('sources'), getListLabel()])
  const year = list.asOf.slice(0, 4)
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{upperFirst(listName(list.label))}</h1>
      <ListDetail list={list} window={coverage[list.id]} record={imports[list.id]} />
      <p className="text-sm">
        <Link href={`${sourceYearHref(year)}#list-${list.id}`}>{t('years.back', { year })}</Link> · <Link href="/sources">{t('years.all')}</Link>
      </p>
    </div>
  )
}
