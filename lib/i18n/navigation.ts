import { createNavigation } from 'next-intl/navigation'
import { routing } from './routing'

/** Links that keep the reader's language: `<Link href="/states">` goes to /es/states on a Spanish page. */
export const { Link, getPathname, redirect, usePathname } = createNavigation(routing)
