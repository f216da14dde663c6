import { describe, expect, it } from 'vitest'
import { buildCitation } from './citation'

const base = {
  origin: 'https://tracker.example.org',
  path: '/states/TX',
  query: new URLSearchParams('model=task_force&as_of=2012-10-16'),
  asOf: '2012-10-16',
  newestList: '2026-05-18',
  accessed: '2026-12-01',
  title: 'States: TX',
}

describe('buildCitation', () => {
  it('pins the permalink to the as-of date and keeps the page’s other parameters', () => {
    expect(buildCitation(base).permalink).toBe('https://tracker.example.org/states/TX?as_of=2012-10-16&model=task_force')
    expect(buildCitation({ ...base, path: '/', query: new URLSearchParams(), asOf: '2026-12-01' }).permalink).toBe('https://tracker.example.org/?as_of=2026-12-01')
  })

  it('writes plain text, BibTeX and CSL-JSON that name the as-of date and the newest list', () => {
    const c = buildCitation(base)
    expect(c.text).toBe(
      '287(g) Tracker. “States: TX.” Numbers as of 2012-10-16; newest ICE list held: 2026-05-18. https://tracker.example.org/states/TX?as_of=2012-10-16&model=task_force (accessed 2026-12-01).',
    )
    expect(c.bibtex).toBe(
      [
        '@misc{tracker287g_states_TX_20121016,',
        '  author = {{287(g) Tracker}},',
        '  title = {States: TX},',
        '  year = {2012},',
        '  url = {https://tracker.example.org/states/TX?as_of=2012-10-16&model=task_force},',
        '  urldate = {2026-12-01},',
        '  note = {Numbers as of 2012-10-16; newest ICE list held: 2026-05-18},',
        '}',
      ].join('\n'),
    )
    expect(JSON.parse(c.csl)).toEqual([
      {
        id: 'tracker287g_states_TX_20121016',
        type: 'webpage',
        title: 'States: TX',
        author: [{ literal: '287(g) Tracker' }],
        'container-title': '287(g) Tracker',
        URL: 'https://tracker.example.org/states/TX?as_of=2012-10-16&model=task_force',
        issued: { 'date-parts': [[2012, 10, 16]] },
        accessed: { 'date-parts': [[2026, 12, 1]] },
        note: 'Numbers as of 2012-10-16; newest ICE list held: 2026-05-18',
      },
    ])
  })

  it('escapes BibTeX’s special characters in the title', () => {
    expect(buildCitation({ ...base, title: 'Search: 50% & #1_x {y}' }).bibtex).toContain('title = {Search: 50\\% \\& \\#1\\_x \\{y\\}},')
  })
})
