import { getLocale } from 'next-intl/server'
import { CiteThis } from '@/components/cite/cite-this'
import { isCitable, pageTitle } from '@/components/cite/page-title'
import { isIsoDate, todayIso } from '@/lib/dates'
import { localizedHref } from '@/lib/i18n/locale-path'
import { getNewestList } from '@/lib/cache/reads'
import { env } from '@/lib/env'

interface CitePageProps {
  params: Promise<{ path: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The footer's "Cite this" for whichever page is shown: a parallel route, so it re-renders on every navigation. */
export default async function CiteSlot({ params, searchParams }: CitePageProps) {
  const [{ path }, sp, locale] = await Promise.all([params, searchParams, getLocale()])
  if (!isCitable(path)) return null
  const today = todayIso()
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(sp)) for (const one of [v ?? []].flat()) query.append(k, one)
  const asOf = typeof sp.as_of === 'string' && isIsoDate(sp.as_of) ? sp.as_of : today
  const newest = await getNewestList(today)
  const citation = {
    origin: env.SITE_URL,
    // The page's own address: a Spanish page is cited under /es.
    path: localizedHref(locale, `/${path.map(encodeURIComponent).join('/')}`),
    query,
    asOf,
    newestList: newest?.as_of ?? null,
    accessed: today,
    title: pageTitle(path),
  }
  return <CiteThis citation={citation} />
}
