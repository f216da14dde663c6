import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteHeader } from '@/components/layout/site-header'
import { SiteFooter } from '@/components/layout/site-footer'
import { StalenessBanner } from '@/components/layout/staleness-banner'
import './globals.css'

export const metadata: Metadata = {
  title: { default: '287(g) Tracker', template: '%s · 287(g) Tracker' },
  description: "Which local law-enforcement agencies hold 287(g) agreements with ICE, under which model, since when and until when — every number traced to ICE's own lists.",
}

export default function RootLayout({ children, cite }: { children: ReactNode; cite: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <StalenessBanner />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter cite={cite} />
      </body>
    </html>
  )
}
