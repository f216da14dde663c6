import { useTranslations } from 'next-intl'
import { getTranslations } from 'next-intl/server'

/**
 * lib/ names an ICE list once, in English, with listLabel (lib/lifecycle/lists.ts): "ICE list of 2026-05-18", "ICE
 * roster of 2012-10-02", "ICE pending list of 2026-02-27". That wording is the citation the API, CSVs and feeds keep;
 * pages show it in the reader's language (`labels.list`), reading the kind and date back from it, so the data shapes
 * that carry a label stay as they are. Any text may hold several labels (a timeline sentence, a list of lists).
 */
const LABEL = /\bICE (roster|pending list|list) of (\d{4}-\d{2}-\d{2})\b/g
const KINDS = { roster: 'roster', 'pending list': 'pending', list: 'participating' } as const
export type LabelKind = (typeof KINDS)[keyof typeof KINDS]

export type WordList = (kind: LabelKind, date: string) => string

export function wordListLabels(text: string, word: WordList): string {
  return text.replace(LABEL, (_, kind: keyof typeof KINDS, date: string) => word(KINDS[kind], date))
}

/** A message's values with the list labels among them worded (a timeline sentence names its first and last list). */
export function wordListValues(values: Record<string, string | number>, listName: (text: string) => string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? listName(v) : v]))
}

/** For a label that opens a heading or a sentence ("Lista de ICE del …"); English labels already start with "ICE". */
export const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1)

/** The list labels in `text`, worded in the page's language (server components that use hooks). */
export function useListLabel(): (text: string) => string {
  const t = useTranslations('labels')
  return (text) => wordListLabels(text, (kind, date) => t('list', { kind, date }))
}

/** The same for async pages and metadata. */
export async function getListLabel(): Promise<(text: string) => string> {
  const t = await getTranslations('labels')
  return (text) => wordListLabels(text, (kind, date) => t('list', { kind, date }))
}
