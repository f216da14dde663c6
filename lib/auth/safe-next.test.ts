import { describe, expect, it } from 'vitest'
import { safeNext } from './safe-next'

describe('safeNext: only paths on this site', () => {
  it.each([
    ['/admin/agreements?state=TX', '/admin/agreements?state=TX'],
    ['/admin/history/agreement/12#v3', '/admin/history/agreement/12#v3'],
    ['/account/password', '/account/password'],
    ['/admin/../agreements', '/agreements'],
  ])('keeps %s', (next, expected) => expect(safeNext(next)).toBe(expected))

  // Each of these, typed into the address bar or followed as a Location, reaches another host in a browser (or could).
  it.each([
    ['/\t/evil.test'],
    ['/%09/evil.test'],
    ['%2F%09%2Fevil.test'],
    ['/\n/evil.test'],
    ['/%0a/evil.test'],
    ['/%0d%0a/evil.test'],
    ['//evil.test'],
    ['///evil.test'],
    ['/\\evil.test'],
    ['/%5cevil.test'],
    ['\\\\evil.test'],
    ['https://evil.test/admin'],
    ['http:evil.test'],
    ['javascript:alert(1)'],
    ['evil.test'],
    [' /admin'],
    ['/%2F/evil.test'],
    ['/%E0%A4%A'],
    [''],
  ])('refuses %j', (next) => expect(safeNext(next)).toBe('/admin'))

  it('refuses missing and oversized values', () => {
    expect(safeNext(undefined)).toBe('/admin')
    expect(safeNext(`/${'a'.repeat(3000)}`)).toBe('/admin')
  })
})
