import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { getListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import { PendingListSection } from '@/components/pending/pending-list'
import { readAsOfParam } from '@/lib/states/page-params'
import { lastUpdated, pendingList } from '@/lib/cache/reads'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'

export const dynamic = 'force-dynamic'
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pending'))('metaTitle') }
}

interface PendingPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PendingPage({ searchParams }: PendingPageProps) {
  const raw = await searchParams
  const { asOf, notices } = readAsOfParam(raw)
  const [list, updated, t, listName] = await Promise.all([pendingList(raw.as_of && !notices.length ? asOf : undefined), lastUpdated(), getTranslations('pending'), getListLabel()])
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">
          {t('lede')}
        </p>
        {notices.map((n) => (
          <p key={noticeKey(n)} role="status" className="rounded border border-line bg-wash p-2 text-sm"><NoticeText notice={n} /></p>
        ))}
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
          <label className="flex flex-col">
            {t('inForce')}
            <input type="date" name="as_of" defaultValue={list?.asOf} min="2025-02-21" className="rounded border border-line px-2 py-1" />
          </label>
          <button type="submit" className="rounded border border-line px-3 py-1">{t('show')}</button>
          {list?.previous && <Link href={`/pending?as_of=${list.previous}`}>{t('previous', { date: list.previous })}</Link>}
          {list?.next && <Link href={`/pending?as_of=${list.next}`}>{t('next', { date: list.next })}</Link>}
        </form>
        <p className="text-sm text-muted">
          {list ? t('basis', { label: listName(list.label), dates: list.datesHeld }) : t('none')}
          {updated && t('updated', { date: updated.slice(0, 10) })}
        </p>
      </div>
      {list && <PendingListSection list={list} />}
    </div>
  )
}
