import type { ReactNode } from 'react'
import { NuqsAdapter } from 'nuqs/adapters/next/app'

// Only the map's as-of control keeps URL state on the client; other pages do not pay for the adapter.
export default function MapLayout({ children }: { children: ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>
}
