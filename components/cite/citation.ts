export interface CitationInput {
  /** Absolute origin, e.g. https://tracker.example.org */
  origin: string
  path: string
  /** The page's query string without as_of, as URLSearchParams. */
  query: URLSearchParams
  /** The date the page's numbers are for; the permalink pins it. */
  asOf: string
  /** ICE's date on the newest list the tracker held when the page was cited (null: none yet). */
  newestList: string | null
  /** The day the reader cites the page. */
  accessed: string
  title: string
}

export interface Citation {
  permalink: string
  text: string
  bibtex: string
  csl: string
}

export const SITE_NAME = '287(g) Tracker'

const parts = (iso: string) => iso.split('-').map(Number)

// BibTeX's special characters outside the verbatim url field.
const tex = (s: string) => s.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`))

/** One page's citation: a permalink pinned to its as-of date, in plain text, BibTeX and CSL-JSON. */
export function buildCitation(input: CitationInput): Citation {
  const query = new URLSearchParams(input.query)
  query.delete('as_of')
  query.append('as_of', input.asOf)
  query.sort()
  const permalink = `${input.origin}${input.path}?${query.toString()}`
  const data = input.newestList ? `newest ICE list held: ${input.newestList}` : 'no ICE list held yet'
  const note = `Numbers as of ${input.asOf}; ${data}`
  const text = `${SITE_NAME}. “${input.title}.” ${note}. ${permalink} (accessed ${input.accessed}).`
  const key = `tracker287g_${input.path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'home'}_${input.asOf.replaceAll('-', '')}`
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {${tex(input.title)}},`,
    `  year = {${input.asOf.slice(0, 4)}},`,
    `  url = {${permalink}},`,
    `  urldate = {${input.accessed}},`,
    `  note = {${tex(note)}},`,
    '}',
  ].join('\n')
  const csl = JSON.stringify(
    [
      {
        id: key,
        type: 'webpage',
        title: input.title,
        author: [{ literal: SITE_NAME }],
        'container-title': SITE_NAME,
        URL: permalink,
        issued: { 'date-parts': [parts(input.asOf)] },
        accessed: { 'date-parts': [parts(input.accessed)] },
        note,
      },
    ],
    null,
    2,
  )
  return { permalink, text, bibtex, csl }
}
