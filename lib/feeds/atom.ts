import { Feed } from 'feed'
import { js2xml, xml2js, type Element } from 'xml-js'
import { stateName } from '../states.ts'
import { CHANGE_LABELS, changeTitle, type Change } from './changes.ts'

export interface AtomOptions {
  origin: string
  selfUrl: string
  states: string[]
  agency: { id: number; name: string } | null
  updated: string | null
}

const dayToDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** Atom 1.0 document of agreement changes; entry ids are stable across rebuilds (kind + agreement + date). */
export function changesAtom(changes: Change[], o: AtomOptions): string {
  const scope = o.agency ? ` — ${o.agency.name}` : o.states.length ? ` — ${o.states.map(stateName).join(', ')}` : ''
  const page = o.agency ? `${o.origin}/agencies/${o.agency.id}` : o.states.length === 1 ? `${o.origin}/states/${o.states[0]}` : `${o.origin}/states`
  const feed = new Feed({
    id: o.selfUrl,
    title: `287(g) agreement changes${scope}`,
    description: "Agreements first listed, removed, relisted, switched model, expired or not renewed, as shown by ICE's published lists.",
    link: page,
    updated: o.updated ? new Date(o.updated) : changes[0] ? dayToDate(changes[0].date) : new Date(0),
    feedLinks: { atom: o.selfUrl },
    generator: '287(g) Tracker',
    copyright: "Data: ICE's published 287(g) lists (U.S. government works, public domain).",
  })
  for (const c of changes) {
    const link = `${o.origin}/agencies/${c.agency.id}#agreement-${c.agreementId}`
    const source = c.source ? ` Source: ${c.source.label}, file ${c.source.fileName}${c.source.row ? `, row ${c.source.row}` : ''} (${o.origin}/sources/lists/${c.source.listId}).` : ''
    const citation = c.citation?.title ? ` Citation: ${c.citation.title}${c.citation.url ? ` (${c.citation.url})` : ''}.` : ''
    const when = c.fromDate ? ` Between ${c.fromDate} and ${c.date}.` : ''
    feed.addItem({
      id: `${o.origin}/changes/${c.kind}/${c.agreementId}/${c.date}`,
      title: changeTitle(c),
      link,
      date: dayToDate(c.date),
      description: `${c.summary}${when}${source}${citation}`,
      category: [{ term: c.kind, name: CHANGE_LABELS[c.kind] }, { term: c.agency.state, name: stateName(c.agency.state) }],
    })
  }
  return asPlainText(feed.atom1())
}

/**
 * The feed library marks every entry's title and summary as HTML (CDATA, type="html"). Ours are plain text (agency
 * names are data, not markup): rewrite them as type="text" with the text escaped by the XML writer.
 */
function asPlainText(atom: string): string {
  const doc = xml2js(atom, { compact: false }) as Element
  const feed = doc.elements?.find((e) => e.name === 'feed')
  for (const entry of feed?.elements?.filter((e) => e.name === 'entry') ?? []) {
    for (const field of entry.elements?.filter((e) => e.name === 'title' || e.name === 'summary') ?? []) {
      const text = (field.elements ?? []).map((e) => e.cdata ?? e.text ?? '').join('')
      field.attributes = { type: 'text' }
      field.elements = [{ type: 'text', text }]
    }
  }
  return js2xml(doc, { spaces: 4 })
}
