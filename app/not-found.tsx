import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

export default function NotFound() {
  const t = useTranslations('notFound')
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('text')}</p>
      <p className="flex gap-4">
        <Link href="/">{t('home')}</Link>
        <Link href="/search">{t('search')}</Link>
      </p>
    </div>
  )
}
