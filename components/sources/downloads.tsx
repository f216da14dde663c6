import { useLocale, useTranslations } from 'next-intl'
import { englishText } from '@/lib/i18n/lang'

/** The whole-dataset downloads, described on /sources. Static text: what is in each file and what is left out. */
export function Downloads() {
  const t = useTranslations('sources')
  const lang = englishText(useLocale())
  return (
    <section id="downloads" aria-labelledby="downloads-h" className="scroll-mt-4 space-y-2">
      <h2 id="downloads-h" className="text-lg font-semibold">{t('downloads')}</h2>
      <ul lang={lang} className="list-disc space-y-2 pl-5">
        <li>
          <a href="/api/v1/download/database">The whole record as one SQLite file</a> (about 60 MB): every agency, agreement, status period, presence interval,
          derived event, capture, list version and row of ICE&apos;s lists, with the counties, policy events, criteria, citations and the log of daily fetches
          (<code>FetchRun</code>: times, ICE&apos;s URLs, sha256 of each file). It opens with <code>sqlite3</code>, DB Browser for SQLite, Python&apos;s{' '}
          <code>sqlite3</code> module or R&apos;s RSQLite. The file is named after the newest list held (<code>tracker-287g-public-YYYY-MM-DD.sqlite</code>) and
          is rebuilt after every import or correction.
        </li>
        <li>
          Left out of it: accounts, sessions, API tokens, sign-in attempts and the audit log (they name editors), the public&apos;s correction suggestions and the
          editors&apos; merge queue, who imported each list, the search index (rebuilt from the agencies) and the original files (<code>SourceList.content</code>:
          44 MB; each is downloadable as published from the list&apos;s row below, or at <code>/api/v1/snapshots/ID/file</code>).
        </li>
        <li>
          <a href="/api/v1/download/captures.csv">Every row of every capture as one CSV</a> (about 130 MB, some 340,000 rows): one line per row of each list on
          each date it was captured, with the capture (id, kind, list date, file name, sha256), the row number in ICE&apos;s file, the cells as ICE wrote them
          (state, agency, type, county, support type, signed, MOA and addendum text and links), the parsed model and signing date, and the tracker&apos;s
          agency and agreement ids. RFC 4180, UTF-8, header on the first line, so <code>pandas.read_csv</code>, R and spreadsheets read it as is; cells that a
          spreadsheet would run as a formula start with <code>&apos;</code>.
        </li>
        <li>
          The API is described for tools at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1) and for people at{' '}
          <a href="/docs/api">/docs/api</a>.
        </li>
      </ul>
    </section>
  )
}
