import type { Notice } from '@/lib/i18n/notice'
import { NoticeText, noticeKey } from '@/components/layout/notice-text'
interface NoticesProps {
  notices: Notice[]
}

export function Notices({ notices }: NoticesProps) {
  if (!notices.length) return null
  return (
    <div role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <ul className="list-disc pl-5">
        {notices.map((n) => (
          <li key={noticeKey(n)}><NoticeText notice={n} /></li>
        ))}
      </ul>
    </div>
  )
}
