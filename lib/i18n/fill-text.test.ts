import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import { fillText } from './fill-text'

describe('fillText', () => {
  it('fills the placeholders of the client messages', () => {
    expect(fillText(es.client.replay.month, { from: '2008-10', to: '2013-01' })).toBe('Mes de implantación (2008-10 a 2013-01)')
    expect(fillText(en.client.compare.rightAxis, { label: 'Secure Communities' })).toBe('Secure Communities (right axis)')
    expect(fillText('Try again')).toBe('Try again')
  })

  it('keeps a placeholder it has no value for', () => {
    expect(fillText('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })

  it('uses only {name} placeholders in the client messages, which is all fillText understands', () => {
    for (const messages of [en.client, es.client]) {
      for (const text of Object.values(messages).flatMap((ns) => Object.values(ns))) {
        expect(text).not.toMatch(/\{\w+,|[<>]|\{\s*\}/)
      }
    }
  })
})
