import { describe, expect, it } from 'vitest'
import { nameKey, searchKey } from './normalise'

describe('nameKey', () => {
  it.each([
    ["Sheriff's Office", 'Sheriff’s Office'],
    ['Oklahoma Dept. of Public Safety', 'Oklahoma Department of Public Safety'],
    ["St Johns County Sheriff's Office", "St. Johns County Sheriff's Office"],
    ['Miami Dade Sheriff’s Office', "Miami-Dade Sheriff's Office"],
    ['Durham Police Department', 'City of Durham Police Department'],
    ['Massachusetts Department of Corrections', 'Massachusetts Department of Correction'],
    ['Kansas Bureau Of Investigation', 'Kansas Bureau of Investigation'],
    ['  Autauga County Sheriff\'s Office ', "Autauga Co. Sheriff's Office"],
  ])('treats %s and %s as one agency', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it('keeps different agencies apart', () => {
    expect(nameKey('Washington County Sheriff Office')).not.toBe(nameKey("Washington County Sheriff's Office (OR)"))
    expect(nameKey('Manassas Police Department')).not.toBe(nameKey('Manassas Park Police Department'))
  })
})

describe('searchKey', () => {
  it('ignores case, accents and punctuation', () => {
    expect(searchKey('Doña Ana County Sheriff’s Office')).toBe('dona ana county sheriffs office')
  })
})
