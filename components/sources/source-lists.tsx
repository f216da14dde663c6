import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { useListLabel } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import { listYears, sourceListHref, sourceYearHref } from '@/lib/sources/links'
import { isKind, type SourceList } from './source-list-types'

const cell = 'border-b border-line px-2 py-1'

/** The years of lists held, each linking to its page: /sources stays light while each of the 1,119 captures is two clicks away. */
export function SourceYears({ lists }: { lists: SourceList[] }) {
  const t = useTranslations('sources')
  const locale = useLocale()
  const years = listYears(lists).reverse()
  return (
    <table className="block w-full overflow-x-auto border-collapse text-left text-sm tabular sm:table">
      <caption className="py-1 text-left">{t('years.caption')}</caption>
      <thead className="bg-wash">
        <tr>
          {[t('years.year'), t('years.lists'), t('years.kinds'), t('years.first'), t('years.last')].map((c) => <th key={c} scope="col" className={cell}>{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {years.map((year) => {
          const ofYear = lists.filter((l) => l.asOf.startsWith(year))
          const kinds = [...new Set(ofYear.map((l) => l.kind))].map((k) => `${isKind(k) ? t(`kinds.${k}`) : k}: ${formatNumber(ofYear.filter((l) => l.kind === k).length, locale)}`)
          return (
            <tr key={year}>
              <th scope="row" className={cell}><Link href={sourceYearHref(year)}>{t('years.link', { year })}</Link></th>
              <td className={cell}>{formatNumber(ofYear.length, locale)}</td>
              <td className={cell}>{kinds.join('; ')}</td>
              <td className={cell}>{ofYear[0]!.asOf}</td>
              <td className={cell}>{ofYear.at(-1)!.asOf}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** One row per capture of a year: its file, checksum, rows and the dates it answers for; the row's label opens its page. */
export function YearLists({ lists, coverage }: { lists: SourceList[]; coverage: Record<number, { start: string; end: string }> }) {
  const t = useTranslations('sources')
  const locale = useLocale()
  const listName = useListLabel()
  return (
    <table className="block w-full overflow-x-auto border-collapse text-left text-sm tabular sm:table">
      <caption className="sr-only">{t('yearCaption', { year: lists[0]?.asOf.slice(0, 4) ?? '' })}</caption>
      <thead className="bg-wash">
        <tr>
          {[t('dl.list'), t('dl.file'), t('dl.sha'), t('dl.rows'), t('dl.basis')].map((c) => <th key={c} scope="col" className={cell}>{c}</th>)}
        </tr>
      </thead>
      <tbody>
        {lists.map((l) => {
          const w = coverage[l.id]
          return (
            <tr key={l.id} id={`list-${l.id}`} className="target:bg-wash">
              <th scope="row" className={`${cell} font-normal`}><Link href={sourceListHref(l.id)}>{listName(l.label)}</Link></th>
              <td className={`${cell} break-all`}><a href={`/api/v1/snapshots/${l.id}/file`}>{l.fileName}<span className="sr-only">{t('dl.original', { label: listName(l.label) })}</span></a></td>
              <td className={`${cell} break-all font-mono text-xs`}>{l.sha256}</td>
              <td className={cell}>{formatNumber(l.rowCount, locale)}</td>
              <td className={cell}>{w ? t('dl.window', { start: w.start, end: w.end }) : t('dl.noWindow')}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
