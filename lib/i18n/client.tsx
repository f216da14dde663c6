'use client'

import NextLink from 'next/link'
import { usePathname as useNextPathname } from 'next/navigation'
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react'
import type en from '@/messages/en.json'
import { localeRoute, localizedLink } from './locale-path'
import { DEFAULT_LOCALE, type Locale } from './routing'
import { fillText } from './fill-text'

export type ClientMessages = (typeof en)['client']

// The browser gets its language and the few strings client components show through this context, not next-intl's
// provider: that one ships an ICU message parser (12 KB gzip on every route) for strings that only fill `{name}`.
const LocaleContext = createContext<{ locale: Locale; messages: ClientMessages } | null>(null)

export function LocaleProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  return <LocaleContext value={{ locale, messages }}>{children}</LocaleContext>
}

function useLocaleContext() {
  const value = useContext(LocaleContext)
  if (!value) throw new Error('LocaleProvider is missing above this component (app/layout.tsx renders it)')
  return value
}

export function useLocale(): Locale {
  return useLocaleContext().locale
}

/** `t('month', { from, to })` over one namespace of the `client` messages. */
export function useClientText<N extends keyof ClientMessages>(namespace: N) {
  const strings = useLocaleContext().messages[namespace] as Record<keyof ClientMessages[N], string>
  return (key: keyof ClientMessages[N], values?: Record<string, string | number>) => fillText(strings[key], values)
}

/** The page path without the language prefix: `/states/TX` on `/es/states/TX`. */
export function usePathname(): string {
  const route = localeRoute(useNextPathname())
  return 'notFound' in route ? '/' : route.pathname
}

/** next/link that keeps the reader's language. */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useContext(LocaleContext)?.locale ?? DEFAULT_LOCALE
  return <NextLink href={typeof href === 'string' ? localizedLink(locale, href) : href} {...props} />
}
