import { useTranslations } from 'next-intl'

interface QueryNoticesProps {
  notices: string[]
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
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  )
}
