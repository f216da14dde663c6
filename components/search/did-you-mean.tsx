import { Link } from '@/lib/i18n/navigation'

interface DidYouMeanProps {
  q: string
  suggestion: string | null
  /** The results are for the suggestion because the query as typed matched nothing. */
  corrected: boolean
}

export const searchHref = (q: string, page = 1) => `/search?${new URLSearchParams({ q, ...(page > 1 && { page: String(page) }) })}`

export function DidYouMean({ q, suggestion, corrected }: DidYouMeanProps) {
  if (!suggestion) return null
  return corrected ? (
    <p>
      No agency matches “{q}” as typed. Showing the results for <strong>“{suggestion}”</strong>.
    </p>
  ) : (
    <p>
      Few agencies match. Did you mean <Link href={searchHref(suggestion)}>“{suggestion}”</Link>?
    </p>
  )
}
