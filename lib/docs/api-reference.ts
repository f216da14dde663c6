import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { marked } from 'marked'

let reference: Promise<{ title: string; html: string; body: string }> | undefined

/**
 * docs/api.md, the one copy of the API reference, as HTML: whole (`html`), and without its `# title` line (`body`)
 * for a page that gives its own heading in another language. Read once per server process.
 */
export function apiReference() {
  reference ??= (async () => {
    const markdown = await readFile(path.join(process.cwd(), 'docs/api.md'), 'utf8')
    const [first, ...rest] = markdown.split('\n')
    const title = first!.replace(/^#\s*/, '')
    return { title, html: await marked.parse(markdown), body: await marked.parse(rest.join('\n')) }
  })()
  return reference
}
