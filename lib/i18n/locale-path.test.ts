import { describe, expect, it } from 'vitest'
import { localeRoute, localizedHref } from './locale-path'

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
