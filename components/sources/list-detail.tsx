import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { englishText } from '@/lib/i18n/lang'
import { useListLabel } from '@/lib/i18n/list-label'
import { isKind, type ImportRecordOf, type SourceList } from './source-list-types'

const CHANNEL: Record<string, string> = { form: 'the admin upload', api: 'the import API', cli: 'the import command', seed: 'the seed', import: 'an import' }

/** Lists imported after the seed carry no written provenance: say what is known instead of a dash. */
function Provenance({ list, record }: { list: SourceList; record: ImportRecordOf }) {
  if (list.provenance) return <>{list.provenance}</>
  const who = record ? `${record.actor}, through ${CHANNEL[record.channel] ?? record.channel}` : 'an unrecorded importer'
  return (
    <>
      File <span className="break-all">{list.fileName}</span> imported by {who} on <time dateTime={(record?.at ?? list.importedAt).slice(0, 10)}>{(record?.at ?? list.importedAt).slice(0, 10)}</time>;
      SHA-256 <span className="break-all font-mono text-xs">{list.sha256}</span>.{!list.sourceUrl && ' No address of the published file was recorded with it.'}
    </>
  )
}

/** Everything held about one capture: its file, checksum, provenance and the dates it is the basis for. */
export function ListDetail({ list: l, window: w, record }: { list: SourceList; window: { start: string; end: string } | undefined; record: ImportRecordOf }) {
  const t = useTranslations('sources')
  const locale = useLocale()
  const listName = useListLabel()
  return (
    <dl className="grid [overflow-wrap:anywhere] grid-cols-[minmax(6rem,9rem)_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">{t('dl.asOf')}</dt>
      <dd className="tabular">{l.asOf}</dd>
      <dt className="text-muted">{t('dl.kind')}</dt>
      <dd>{isKind(l.kind) ? t(`kinds.${l.kind}`) : l.kind}</dd>
      <dt className="text-muted">{t('dl.file')}</dt>
      <dd className="break-all">
        <a href={`/api/v1/snapshots/${l.id}/file`}>{l.fileName}<span className="sr-only">{t('dl.original', { label: listName(l.label) })}</span></a>
      </dd>
      <dt className="text-muted">{t('dl.sha')}</dt>
      <dd className="break-all font-mono text-xs">{l.sha256}</dd>
      <dt className="text-muted">{t('dl.rows')}</dt>
      <dd className="tabular">{formatNumber(l.rowCount, locale)}</dd>
      {l.caption && (<><dt className="text-muted">{t('dl.caption')}</dt><dd lang={englishText(locale)}>“{l.caption}”</dd></>)}
      <dt className="text-muted">{t('dl.provenance')}</dt>
      <dd lang={englishText(locale)}><Provenance list={l} record={record} /></dd>
      <dt className="text-muted">{t('dl.published')}</dt>
      <dd className="break-all">{l.sourceUrl ? <a href={l.sourceUrl}>{l.sourceUrl}</a> : '—'}</dd>
      <dt className="text-muted">{t('dl.lastSeen')}</dt>
      <dd className="tabular">{l.capturedOn ?? '—'}</dd>
      <dt className="text-muted">{t('dl.imported')}</dt>
      <dd className="tabular">{l.importedAt.slice(0, 10)}</dd>
      <dt className="text-muted">{t('dl.basis')}</dt>
      <dd className="tabular">{w ? t('dl.window', { start: w.start, end: w.end }) : t('dl.noWindow')}</dd>
    </dl>
  )
}
