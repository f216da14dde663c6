import { getMessages } from 'next-intl/server'

// Only the namespaces client components translate cross to the browser; the rest stay on the server.
const CLIENT_NAMESPACES = ['client'] as const

export async function clientMessages() {
  const all = await getMessages()
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]]))
}
