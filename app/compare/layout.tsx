import type { ReactNode } from 'react'
import { NuqsAdapter } from 'nuqs/adapters/next/app'

// The compare chart keeps its series toggles in the URL on the client; only this route pays for the adapter.
export default function CompareLayout({ children }: { children: ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>
}
