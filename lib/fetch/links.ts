import { parse } from 'node-html-parser'
import { asOfFromFileName } from '../import/parse-list.ts'

export const WORKBOOK_KINDS = ['participating', 'pending'] as const
export type WorkbookKind = (typeof WORKBOOK_KINDS)[number]

export interface WorkbookLink {
  kind: WorkbookKind
  url: URL
  fileName: string
}

// ICE's names: participatingAgencies05182026am.xlsx, participatingAgencies-20250222170629.xlsx, pendingAgencies07182025pm.xlsx.
const WORKBOOK_NAME = /^(participating|pending)Agencies[^/]*\.xlsx$/i

/**
 * The current participating and pending workbooks linked from ICE's 287(g) page, resolved against the page's address
 * (or its <base href>). When a kind is linked more than once, the file whose name carries the newest date wins.
 */
export function findWorkbookLinks(html: string, pageUrl: URL): WorkbookLink[] {
  const root = parse(html)
  const base = resolve(root.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl
  const found = new Map<WorkbookKind, WorkbookLink>()
  for (const a of root.querySelectorAll('a[href]')) {
    const url = resolve(a.getAttribute('href'), base)
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) continue
    const fileName = lastSegment(url)
    const match = WORKBOOK_NAME.exec(fileName)
    if (!match) continue
    const link: WorkbookLink = { kind: match[1]!.toLowerCase() as WorkbookKind, url, fileName }
    const held = found.get(link.kind)
    if (!held || (asOfFromFileName(link.fileName) ?? '') > (asOfFromFileName(held.fileName) ?? '')) found.set(link.kind, link)
  }
  return WORKBOOK_KINDS.flatMap((kind) => found.get(kind) ?? [])
}

function resolve(href: string | undefined, base: URL): URL | null {
  if (!href?.trim()) return null
  try {
    return new URL(href.trim(), base)
  } catch {
    return null
  }
}

function lastSegment(url: URL): string {
  const raw = url.pathname.split('/').pop() ?? ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
