import { describe, expect, it } from 'vitest'
import { localeRoute, localizedHref, localizedLink } from './locale-path'

describe('localeRoute', () => {
  it.each([
    ['/', { locale: 'en', pathname: '/' }],
    ['/states/TX', { locale: 'en', pathname: '/states/TX' }],
    ['/estimates', { locale: 'en', pathname: '/estimates' }],
    ['/es', { locale: 'es', pathname: '/' }],
    ['/es/', { locale: 'es', pathname: '/' }],
    ['/es/states/TX', { locale: 'es', pathname: '/states/TX' }],
    ['/es/admin', { locale: 'es', notFound: true }],
    ['/es/admin/users', { locale: 'es', notFound: true }],
    ['/es/api/v1/agreements', { locale: 'es', notFound: true }],
    ['/es/login', { locale: 'es', notFound: true }],
    ['/es/feeds/changes.atom', { locale: 'es', notFound: true }],
    ['/es/administrators', { locale: 'es', pathname: '/administrators' }],
  ])('%s', (path, expected) => {
    expect(localeRoute(path)).toEqual(expected)
  })
})

describe('localizedHref', () => {
  it('prefixes Spanish and keeps the query', () => {
    expect(localizedHref('es', '/', '')).toBe('/es')
    expect(localizedHref('es', '/agreements', '?state=TX&page=2')).toBe('/es/agreements?state=TX&page=2')
    expect(localizedHref('en', '/agreements', 'state=TX')).toBe('/agreements?state=TX')
    expect(localizedHref('en', '/', '')).toBe('/')
  })
})

describe('localizedLink', () => {
  it.each([
    ['es', '/', '/es'],
    ['es', '/states/TX', '/es/states/TX'],
    ['es', '/agreements?state=TX#table', '/es/agreements?state=TX#table'],
    ['es', '/?as_of=2012-12-31', '/es?as_of=2012-12-31'],
    ['es', '#main', '#main'],
    ['es', 'https://www.ice.gov/287g', 'https://www.ice.gov/287g'],
    ['es', '//evil.test/x', '//evil.test/x'],
    ['es', '/api/v1/agreements?format=csv', '/api/v1/agreements?format=csv'],
    ['es', '/feeds/changes.atom', '/feeds/changes.atom'],
    ['es', '/apis', '/es/apis'],
    ['en', '/states/TX', '/states/TX'],
  ] as const)('%s %s → %s', (locale, href, expected) => {
    expect(localizedLink(locale, href)).toBe(expected)
  })
})
