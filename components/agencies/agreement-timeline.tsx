import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'
import { useRowFlag } from '@/lib/i18n/row-flag'
import { useListLabel, wordListValues } from '@/lib/i18n/list-label'
import { Link } from '@/lib/i18n/navigation'
import { CorrectedNote } from '@/components/corrections/corrected-note'
import { isAgreementModel } from '@/lib/agreements/constants'
import { AGREEMENT_STATUSES, type AgreementStatus } from '@/lib/agreements/schema'
import type { AgencyPageAgreement } from '@/lib/agencies/detail'
import type { TimelineItem, TimelineText } from '@/lib/agencies/timeline'
import { sourceListHref } from '@/lib/sources/links'

interface AgreementTimelineProps {
  agreement: AgencyPageAgreement
  asOf: string
  agencyName: string
}

const isStatus = (s: string): s is AgreementStatus => (AGREEMENT_STATUSES as readonly string[]).includes(s)

/** A timeline sentence in the page's language, the ICE lists it names included. */
function useSentence() {
  const t = useTranslations('agency.timeline.sentences')
  const listName = useListLabel()
  return (text: Extract<TimelineText, { key: unknown }>) => t(text.key, wordListValues(text.values, listName))
}

function SourceLinks({ item }: { item: TimelineItem }) {
  const t = useTranslations('agency.timeline')
  const en = englishText(useLocale())
  const listName = useListLabel()
  const s = item.source
  return (
    <>
      {s && (
        <span className="block text-xs">
          {t('source')} <Link href={sourceListHref(s.listId)}>{listName(s.label)}</Link>, {t('file')} <a href={`/api/v1/snapshots/${s.listId}/file`}>{s.fileName}<span className="sr-only">{t('originalOf', { label: listName(s.label) })}</span></a>
          {s.row !== null && t('row', { row: s.row })}
        </span>
      )}
      {item.lastSource && (
        <span className="block text-xs">
          {t('lastSeen')} <Link href={sourceListHref(item.lastSource.listId)}>{listName(item.lastSource.label)}</Link>, {t('file')}{' '}
          <a href={`/api/v1/snapshots/${item.lastSource.listId}/file`}>{item.lastSource.fileName}<span className="sr-only">{t('originalOf', { label: listName(item.lastSource.label) })}</span></a>
          {item.lastSource.row !== null && t('row', { row: item.lastSource.row })}
        </span>
      )}
      {item.citation?.title && (
        <span className="block text-xs">
          {t('citation')} <span lang={en}>{item.citation.url ? <a href={item.citation.url}>{item.citation.title}</a> : item.citation.title}</span>
          {item.citation.note && <span className="text-muted" lang={en}> ({item.citation.note})</span>}
        </span>
      )}
    </>
  )
}

export function AgreementTimeline({ agreement: g, asOf, agencyName }: AgreementTimelineProps) {
  const t = useTranslations('agency.timeline')
  const labels = useTranslations('labels')
  const sentence = useSentence()
  const rowFlag = useRowFlag()
  const en = englishText(useLocale())
  const modelName = (m: string) => (isAgreementModel(m) ? labels(`model.${m}`) : m)
  const model = modelName(g.model)
  const on = g.statusOnAsOf
  const status = on ? `${isStatus(on.status) ? labels(`status.${on.status}`) : on.status} (${modelName(on.model)})` : t('unknownStatus')
  const of = t('of', { agency: agencyName, model: model.toLowerCase() })
  const headingId = `agreement-${g.id}-h`
  return (
    <article id={`agreement-${g.id}`} aria-labelledby={headingId} className="space-y-3 rounded border border-line p-4">
      <h3 id={headingId} className="text-base font-semibold">{t('title', { model })}</h3>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('statusOn', { date: asOf })}</dt>
        <dd>{status}</dd>
        <dt className="text-muted">{t('signed')}</dt>
        <dd className="tabular">{g.signedOn ?? t('unknown')}</dd>
        <dt className="text-muted">{t('expires')}</dt>
        <dd>
          {g.expiresOn ?? t('noExpiry')}
          {g.expiresCitation?.title && <span className="text-muted" lang={en}> — {g.expiresCitation.url ? <a href={g.expiresCitation.url}>{g.expiresCitation.title}</a> : g.expiresCitation.title}</span>}
        </dd>
        <dt className="text-muted">{t('text')}</dt>
        <dd>
          {g.moaUrl ? <a href={g.moaUrl}>{t('moa')}<span className="sr-only">{of}</span></a> : g.moaFile ? t('moaFile', { file: g.moaFile }) : t('noMoa')}
          {g.addendumUrl && <> · <a href={g.addendumUrl}>{t('addendum')}<span className="sr-only">{of}</span></a></>}
        </dd>
      </dl>
      {g.flags.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {g.flags.map((f) => <li key={f}>{t('flag')} {rowFlag(f)}</li>)}
        </ul>
      )}
      <ol className="space-y-2 border-l-2 border-line pl-4 text-sm" aria-label={t('timeline', { model: model.toLowerCase() })}>
        {g.timeline.map((item) => (
          <li key={item.key} className={item.kind === 'gap' ? 'rounded border border-dashed border-muted bg-wash p-2' : ''}>
            <span className="font-semibold tabular">{item.until ? `${item.date} → ${item.until}` : item.date}</span>{' '}
            <span className="font-semibold">{t(`kinds.${item.kind}`)}:</span> {'recorded' in item.text ? <span lang={en}>{item.text.recorded}</span> : sentence(item.text)}
            <SourceLinks item={item} />
            {item.warnings.map((w) => (
              <span key={JSON.stringify(w)} className="mt-1 block rounded bg-amber-50 px-2 py-1 text-xs">{t('quality')} {'recorded' in w ? <span lang={en}>{w.recorded}</span> : sentence(w)}</span>
            ))}
          </li>
        ))}
      </ol>
      <CorrectedNote recordType="Agreement" recordId={g.id} />
      <p className="text-sm">
        <Link href={`/corrections/new?type=Agreement&id=${g.id}`}>{t('suggest')}<span className="sr-only">{t('suggestOf', { model: model.toLowerCase(), agency: agencyName })}</span></Link>
      </p>
    </article>
  )
}
