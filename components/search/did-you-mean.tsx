import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

interface DidYouMeanProps {
  q: string
  suggestion: string | null
  /** The results are for the suggestion because the query as typed matched nothing. */
  corrected: boolean
}

export const searchHref = (q: string, page = 1) => `/search?${new URLSearchParams({ q, ...(page > 1 && { page: String(page) }) })}`

export function DidYouMean({ q, suggestion, corrected }: DidYouMeanProps) {
  const t = useTranslations('search')
  if (!suggestion) return null
  return corrected ? (
    <p>{t.rich('corrected', { q, suggestion, b: (c) => <strong>{c}</strong> })}</p>
  ) : (
    <p>{t.rich('didYouMean', { suggestion, link: (c) => <Link href={searchHref(suggestion)}>{c}</Link> })}</p>
  )
}
