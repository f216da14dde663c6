import { useTranslations } from 'next-intl'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import type { Basis } from '@/lib/stats/basis'
import { sourceListHref } from '@/lib/sources/links'

interface BasisNoteProps {
  asOf: string
  basis: Basis | null
  updated: string | null
}

/** The basis of a page's numbers and when the data last changed. */
export function BasisNote({ asOf, basis, updated }: BasisNoteProps) {
  const t = useTranslations('basis')
  const listName = useListLabel()
  return (
    <p className="text-sm text-muted">
      {t('asOf', { date: asOf })}{' '}
      {basis ? <Link href={sourceListHref(basis.list_id)}>{listName(basis.label)}</Link> : t('none', { date: asOf })}.
      {updated && <> {t('updated', { date: updated.slice(0, 10) })}</>}
    </p>
  )
}
