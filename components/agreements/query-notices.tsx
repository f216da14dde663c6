import { useTranslations } from 'next-intl'
import type { Notice } from '@/lib/i18n/notice'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'

interface QueryNoticesProps {
  notices: Notice[]
}

/** Parameters the page could not use; the view falls back to defaults for them instead of failing. */
export function QueryNotices({ notices }: QueryNoticesProps) {
  const t = useTranslations('agreements')
  if (notices.length === 0) return null
  return (
    <div role="status" className="rounded border border-[#9a6700] bg-[#fff8c5] p-3 text-sm">
      <p className="font-semibold">{t('notices')}</p>
      <ul className="list-disc pl-5">
        {notices.map((n) => (
          <li key={noticeKey(n)}><NoticeText notice={n} /></li>
        ))}
      </ul>
    </div>
  )
}
