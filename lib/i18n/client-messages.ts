import { getMessages } from 'next-intl/server'
import type { ClientMessages } from './client'

/** The one namespace client components translate; the rest stay on the server. */
export async function clientMessages(): Promise<ClientMessages> {
  return (await getMessages()).client
}
