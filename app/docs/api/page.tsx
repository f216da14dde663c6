import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Metadata } from 'next'
import { marked } from 'marked'

export const metadata: Metadata = { title: 'API documentation' }
export const dynamic = 'force-static'

/** docs/api.md is the one copy of the API reference; this page renders it at build time. */
export default async function ApiDocs() {
  const markdown = await readFile(path.join(process.cwd(), 'docs/api.md'), 'utf8')
  const html = await marked.parse(markdown)
  return <div className="doc max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />
}
