import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Link } from '@/lib/i18n/navigation'

interface SiteFooterProps {
  /** The current page's "Cite this" (app/@cite), or nothing on pages that are not public. */
  cite?: ReactNode
}

export function SiteFooter({ cite }: SiteFooterProps) {
  const t = useTranslations('footer')
  return (
    <footer className="border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-6xl px-4 py-4">
        {t('data')} <Link href="/sources">{t('sources')}</Link> · <Link href="/docs/api">{t('api')}</Link>
        {cite}
      </div>
    </footer>
  )
}
