import { headers } from 'next/headers'
import { getLocale } from 'next-intl/server'
import { CiteThis } from '@/components/cite/cite-this'
import { isCitable, pageTitle } from '@/components/cite/page-title'
import { isIsoDate, todayIso } from '@/lib/dates'
import { localizedHref } from '@/lib/i18n/locale-path'
import { getNewestList } from '@/lib/cache/reads'

interface CitePageProps {
  params: Promise<{ path: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The footer's "Cite this" for whichever page is shown: a parallel route, so it re-renders on every navigation. */
export default async function CiteSlot({ params, searchParams }: CitePageProps) {
  const [{ path }, sp, h, locale] = await Promise.all([params, searchParams, headers(), getLocale()])
  if (!isCitable(path)) return null
  const today = todayIso()
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(sp)) for (const one of [v ?? []].flat()) query.append(k, one)
  const asOf = typeof sp.as_of === 'string' && isIsoDate(sp.as_of) ? sp.as_of : today
  const newest = await getNewestList(today)
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost'
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  const citation = {
    origin: `${proto}://${host}`,
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
