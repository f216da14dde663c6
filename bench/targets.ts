/** What the latency runs request: the API with three representative filters and three pages. */
export const API_TARGETS = [
  { name: 'api default (today)', path: '/api/v1/agreements' },
  { name: 'api state=TX&model=task_force', path: '/api/v1/agreements?state=TX&model=task_force' },
  { name: 'api as_of=2012-12-01&expires_before=2013-01-01', path: '/api/v1/agreements?as_of=2012-12-01&expires_before=2013-01-01' },
] as const

export const PAGE_TARGETS = [
  { name: 'page /agreements', path: '/agreements' },
  { name: 'page /states/TX', path: '/states/TX' },
  { name: 'page /agencies/:id', path: '/agencies/{agencyId}' },
] as const

/** What a newspaper link sends thousands of readers to at once. */
export const SPIKE_TARGETS = [
  { name: 'page /states/TX', path: '/states/TX' },
  { name: 'api default (today)', path: '/api/v1/agreements' },
] as const

/** The Lighthouse and bundle runs cover every public page under app/, found on disk: bench/lib/pages.ts. */
export { publicPages as lighthousePages } from './lib/pages.ts'

/** Query strings whose floor output must equal the app's, row for row. */
export const VERIFY_QUERIES = ['', 'state=TX&model=task_force', 'as_of=2012-12-01&expires_before=2013-01-01', 'q=sheriff county&status=all', 'agency_id={agencyId}&status=all', 'state=FL,GA&page=3&per_page=25']
