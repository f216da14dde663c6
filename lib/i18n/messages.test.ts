import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { ROW_FLAGS } from '@/lib/import/parse-row'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))
}

/** The arguments and tags a message uses, plural and select branches included (parsed by the ICU parser next-intl uses). */
function names(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date) out.add(e.value)
    if (e.type === TYPE.tag) {
      out.add(`<${e.value}>`)
      names(e.children, out)
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value)
      for (const option of Object.values(e.options)) names(option.value, out)
    }
  }
  return out
}

const english = new Map(leaves(en as Tree))
const spanish = new Map(leaves(es as Tree))

describe('messages', () => {
  it('has the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('parses every message and gives the Spanish one the same arguments and tags as the English', () => {
    const mismatches = [...english].flatMap(([key, text]) => {
      const a = [...names(parse(text))].sort()
      const b = [...names(parse(spanish.get(key) ?? ''))].sort()
      return a.join() === b.join() ? [] : [{ key, en: a, es: b }]
    })
    expect(mismatches).toEqual([])
  })

  it('leaves no Spanish message empty (an English note may be empty where the page is English anyway)', () => {
    expect([...spanish].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([])
    expect([...english].filter(([key, text]) => text === '' && !key.endsWith('englishNote')).map(([key]) => key)).toEqual([])
  })

  it('translates the words a Spanish reader sees first', () => {
    expect(spanish.get('header.agreements')).toBe('Acuerdos')
    expect(spanish.get('labels.model.jail_enforcement')).toBe('Cárcel (Jail Enforcement)')
    expect(spanish.get('client.languageSwitch.label')).toBe('English')
    expect(english.get('client.languageSwitch.label')).toBe('Español')
  })

  it('words every data-quality flag the importer sets, and the repeated-row flag as ICE printing a row twice', () => {
    expect(ROW_FLAGS.filter((f) => !english.has(`rowFlags.${f}`))).toEqual([])
    expect(Object.keys(en.rowFlags).sort()).toEqual([...ROW_FLAGS].sort())
    expect(english.get('rowFlags.duplicate_in_list')).toBe('repeated row: ICE printed the same agreement twice on the list')
    expect(spanish.get('rowFlags.duplicate_in_list')).toBe('fila repetida: ICE imprimió el mismo acuerdo dos veces en la lista')
  })
})
