import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { Suspense, type ReactNode } from 'react'
import { SiteHeader } from '@/components/layout/site-header'
import { SiteFooter } from '@/components/layout/site-footer'
import { StalenessBanner } from '@/components/layout/staleness-banner'
import { AlternateLanguages } from '@/components/layout/alternate-languages'
import { LocaleProvider } from '@/lib/i18n/client'
import { clientMessages } from '@/lib/i18n/client-messages'
import { env } from '@/lib/env'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site')
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('description') }
}

export default async function RootLayout({ children, cite }: { children: ReactNode; cite: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('site')])
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <LocaleProvider locale={locale} messages={await clientMessages()}>
          <Suspense fallback={null}>
            <AlternateLanguages origin={env.SITE_URL} />
          </Suspense>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t('skip')}
          </a>
          <SiteHeader />
          <StalenessBanner />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter cite={cite} />
        </LocaleProvider>
      </body>
    </html>
  )
}
