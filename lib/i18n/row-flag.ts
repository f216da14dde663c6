import { useTranslations } from 'next-intl'
import type en from '@/messages/en.json'

type Flag = keyof (typeof en)['rowFlags']

/** A data-quality flag the importer set on a row (lib/import/parse-row.ts), in the page's language; an unknown one as stored. */
export function useRowFlag(): (flag: string) => string {
  const t = useTranslations('rowFlags')
  return (flag) => (t.has(flag as Flag) ? t(flag as Flag) : flag)
}
