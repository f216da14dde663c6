import ical from 'ical-generator'
import { MODEL_LABELS } from '../agreements/schema.ts'
import { stateName } from '../states.ts'
import type { UpcomingExpiration } from '../states/queries.ts'

export interface IcsOptions {
  origin: string
  states: string[]
  models: string[]
  /** Stamp for every event, so the same data gives the same file. */
  stamp: Date
}

/** iCalendar of known expiration dates: one all-day event per agreement. An empty list gives a valid, empty calendar. */
export function expirationsIcs(rows: UpcomingExpiration[], o: IcsOptions): string {
  const scope = [o.states.map(stateName).join(', '), o.models.map((m) => MODEL_LABELS[m as keyof typeof MODEL_LABELS]).join(', ')].filter(Boolean).join(' · ')
  const cal = ical({
    name: `287(g) agreement expirations${scope ? ` — ${scope}` : ''}`,
    description: "Known expiration dates of 287(g) agreements active today. ICE's lists give no expiration dates; only dates recorded from cited documents appear.",
    prodId: { company: '287g-tracker', product: 'expirations', language: 'EN' },
    url: `${o.origin}/states`,
  })
  for (const r of rows) {
    const start = new Date(`${r.expiresOn}T00:00:00Z`)
    cal.createEvent({
      id: `expiration-${r.agreementId}-${r.expiresOn}@287g-tracker`,
      start,
      allDay: true,
      stamp: o.stamp,
      summary: `287(g) ${MODEL_LABELS[r.model].toLowerCase()} agreement expires: ${r.agency.name} (${r.state})`,
      description: [
        r.signedOn ? `Signed ${r.signedOn}.` : null,
        r.citation?.title ? `Expiration date source: ${r.citation.title}${r.citation.url ? ` ${r.citation.url}` : ''}.` : null,
        r.moaUrl ? `MOA: ${r.moaUrl}` : null,
      ].filter(Boolean).join(' '),
      url: `${o.origin}/agencies/${r.agency.id}#agreement-${r.agreementId}`,
    })
  }
  return cal.toString()
}
