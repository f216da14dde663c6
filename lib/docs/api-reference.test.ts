import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiReference } from './api-reference'

const read = (file: string) => readFileSync(path.join(process.cwd(), 'docs', file), 'utf8')
const english = read('api.md')
const spanish = read('api.es.md')

const FENCE = /^```[^\n]*\n[\s\S]*?^```$/gm

/** What a translation of docs/api.md keeps: everything but the prose. */
function skeleton(markdown: string) {
  const prose = markdown.replace(FENCE, '')
  const lines = prose.split('\n')
  return {
    headingLevels: lines.flatMap((line) => /^(#{1,6}) /.exec(line)?.[1]!.length ?? []),
    fences: markdown.match(FENCE) ?? [],
    // A span may wrap onto the next line; Markdown reads the line break as a space.
    inlineCode: [...prose.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\s+/g, ' ')).sort(),
    tableRowCells: lines.filter((line) => line.startsWith('|')).map((line) => line.split('|').length),
    listItems: lines.filter((line) => /^\s*- /.test(line)).length,
    linkTargets: [...prose.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]),
  }
}

describe('the Spanish API reference', () => {
  const en = skeleton(english)
  const es = skeleton(spanish)

  it('has the English headings, level by level and in order', () => {
    expect(en.headingLevels.length).toBeGreaterThan(10)
    expect(es.headingLevels).toEqual(en.headingLevels)
  })

  it('has the English code blocks, byte for byte and in order', () => {
    expect(en.fences.length).toBeGreaterThan(4)
    expect(es.fences).toEqual(en.fences)
  })

  it('has the same inline code, tables, lists and link targets', () => {
    expect(en.inlineCode.length).toBeGreaterThan(200)
    expect(es.inlineCode).toEqual(en.inlineCode)
    expect(es.tableRowCells).toEqual(en.tableRowCells)
    expect(es.listItems).toBe(en.listItems)
    expect(es.linkTargets).toEqual(en.linkTargets)
  })
})

describe('apiReference', () => {
  it('renders docs/api.es.md for Spanish and docs/api.md for English', async () => {
    const [es, en] = await Promise.all([apiReference('es'), apiReference('en')])
    expect(es).toContain('<h2>Cobertura: en qué lista se basa cada cifra</h2>')
    expect(es).not.toContain('Coverage: which list a number rests on')
    expect(en).toContain('<h1>API v1</h1>')
    expect(en).toContain('<h2>Coverage: which list a number rests on</h2>')
  })
})
