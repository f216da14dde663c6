import { useLocale, useTranslations } from 'next-intl'
import { formatNumber } from '@/lib/i18n/format'
import { englishText } from '@/lib/i18n/lang'

interface SourceListsProps {
  lists: {
    id: number; kind: string; asOf: string; fileName: string; sha256: string; rowCount: number; caption: string | null
    sourceUrl: string | null; capturedOn: string | null; provenance: string | null; importedAt: string; label: string
  }[]
  coverage: Record<number, { start: string; end: string }>
  imports: Record<number, { actor: string; channel: string; at: string }>
}

const CHANNEL: Record<string, string> = { form: 'the admin upload', api: 'the import API', cli: 'the import command', seed: 'the seed', import: 'an import' }

/** Lists imported after the seed carry no written provenance: say what is known instead of a dash. */
function Provenance({ list, record }: { list: SourceListsProps['lists'][number]; record: SourceListsProps['imports'][number] | undefined }) {
  if (list.provenance) return <>{list.provenance}</>
  const who = record ? `${record.actor}, through ${CHANNEL[record.channel] ?? record.channel}` : 'an unrecorded importer'
  return (
    <>
      File <span className="break-all">{list.fileName}</span> imported by {who} on <time dateTime={(record?.at ?? list.importedAt).slice(0, 10)}>{(record?.at ?? list.importedAt).slice(0, 10)}</time>;
      SHA-256 <span className="break-all font-mono text-xs">{list.sha256}</span>.{!list.sourceUrl && ' No address of the published file was recorded with it.'}
    </>
  )
}

const KINDS = ['roster', 'participating', 'pending'] as const
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k)

/**
 * 1,119 captures, a year to a fold: the newest year open, the others closed (a link to `#list-N` opens its fold), so the
 * page stays readable and light.
 */
export function SourceLists({ lists, coverage, imports }: SourceListsProps) {
  const t = useTranslations('sources')
  const years = [...new Set(lists.map((l) => l.asOf.slice(0, 4)))].sort().reverse()
  return (
    <div className="space-y-2">
      {years.map((year, i) => {
        const ofYear = lists.filter((l) => l.asOf.startsWith(year))
        return (
          <details key={year} open={i === 0} className="rounded border border-line p-2">
            <summary className="cursor-pointer font-semibold">{t('year', { year, count: ofYear.length })}</summary>
            <YearLists lists={ofYear} coverage={coverage} imports={imports} />
          </details>
        )
      })}
    </div>
  )
}

function YearLists({ lists, coverage, imports }: SourceListsProps) {
  const t = useTranslations('sources')
  const locale = useLocale()
  return (
    <ol className="mt-2 space-y-4">
      {lists.map((l) => {
        const w = coverage[l.id]
        return (
          <li key={l.id} id={`list-${l.id}`} className="relative scroll-mt-4 rounded border border-line p-4 target:border-accent target:bg-wash">
            <h3 className="font-semibold">{l.label}</h3>
            <dl className="mt-2 grid [overflow-wrap:anywhere] grid-cols-[minmax(6rem,9rem)_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted">{t('dl.asOf')}</dt>
              <dd className="tabular">{l.asOf}</dd>
              <dt className="text-muted">{t('dl.kind')}</dt>
              <dd>{isKind(l.kind) ? t(`kinds.${l.kind}`) : l.kind}</dd>
              <dt className="text-muted">{t('dl.file')}</dt>
              <dd className="break-all">
                <a href={`/api/v1/snapshots/${l.id}/file`}>{l.fileName}<span className="sr-only">{t('dl.original', { label: l.label })}</span></a>
              </dd>
              <dt className="text-muted">{t('dl.sha')}</dt>
              <dd className="break-all font-mono text-xs">{l.sha256}</dd>
              <dt className="text-muted">{t('dl.rows')}</dt>
              <dd className="tabular">{formatNumber(l.rowCount, locale)}</dd>
              {l.caption && (<><dt className="text-muted">{t('dl.caption')}</dt><dd lang={englishText(locale)}>“{l.caption}”</dd></>)}
              <dt className="text-muted">{t('dl.provenance')}</dt>
              <dd lang={englishText(locale)}><Provenance list={l} record={imports[l.id]} /></dd>
              <dt className="text-muted">{t('dl.published')}</dt>
              <dd className="break-all">{l.sourceUrl ? <a href={l.sourceUrl}>{l.sourceUrl}</a> : '—'}</dd>
              <dt className="text-muted">{t('dl.lastSeen')}</dt>
              <dd className="tabular">{l.capturedOn ?? '—'}</dd>
              <dt className="text-muted">{t('dl.imported')}</dt>
              <dd className="tabular">{l.importedAt.slice(0, 10)}</dd>
              <dt className="text-muted">{t('dl.basis')}</dt>
              <dd className="tabular">{w ? t('dl.window', { start: w.start, end: w.end }) : t('dl.noWindow')}</dd>
            </dl>
          </li>
        )
      })}
    </ol>
  )
}
