import { useTranslations } from 'next-intl'
import type { Notice } from '@/lib/i18n/notice'

/** A notice lib/ built (key and values), in the page's language. */
export function NoticeText({ notice }: { notice: Notice }) {
  const t = useTranslations('notices')
  return t(notice.key, notice.values)
}

/** A stable React key for a notice. */
export const noticeKey = (n: Notice) => `${n.key}:${JSON.stringify(n.values)}`
