import { describe, expect, it } from 'vitest'
import { formatDate, formatMonth, formatNumber, formatPercent } from './format'

describe('locale formatters', () => {
  it('groups counts with the locale separator; Spanish leaves four-digit numbers ungrouped (RAE)', () => {
    expect(formatNumber(1843, 'en')).toBe('1,843')
    expect(formatNumber(1843, 'es')).toBe('1843')
    expect(formatNumber(3134, 'es')).toBe('3134')
    expect(formatNumber(9999, 'es')).toBe('9999')
    expect(formatNumber(12500, 'es')).toBe('12.500')
    expect(formatNumber(885, 'es')).toBe('885')
    expect(formatNumber(1234567, 'es')).toBe('1.234.567')
    expect(formatNumber(0, 'es')).toBe('0')
  })

  it('writes shares with a decimal comma and a spaced percent sign in Spanish', () => {
    expect(formatPercent(0.997, 'en')).toBe('99.7%')
    expect(formatPercent(0.997, 'es')).toBe('99,7\u00a0%')
  })

  it('writes prose dates in each language, in UTC whatever the server zone', () => {
    expect(formatDate('2026-12-02', 'en')).toBe('Dec 2, 2026')
    expect(formatDate('2026-12-02', 'es')).toBe('2 de diciembre de 2026')
    expect(formatDate('2012-12-31', 'es')).toBe('31 de diciembre de 2012')
    expect(formatDate('2010-01-01', 'es')).toBe('1 de enero de 2010')
    expect(formatDate(null, 'es')).toBe('—')
  })

  it('writes months in each language', () => {
    expect(formatMonth('2026-12', 'en')).toBe('December 2026')
    expect(formatMonth('2013-06', 'es')).toBe('junio de 2013')
  })
})
