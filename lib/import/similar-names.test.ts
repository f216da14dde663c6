import { describe, expect, it } from 'vitest'
import { nameSimilarity, type NameSimilarity } from './similar-names'

// Spellings ICE printed for one agreement in consecutive lists of 2025–26 (prisma/data/ice-history), and the verdict a
// reader reaches: the same agency respelt, a pair an editor must decide, or two agencies.
const CASES: [string, string, string, NameSimilarity][] = [
  ['FL', 'Alachua Police Departent ', 'Alachua Police Department', 'same'],
  ['AK', 'Department of Corrections', 'Alaska Department of Corrections', 'same'],
  ['MT', 'MT Dept of Justice', 'Montana Department of Justice', 'same'],
  ['TX', 'Office of the Attorney General', 'Texas Office of the Attorney General', 'same'],
  ['FL', 'Gulf County BOCC', 'Gulf County Board of County Commissioners', 'same'],
  ['FL', 'Macro Island Police Department', 'Marco Island Police Department', 'same'],
  ['FL', 'Criminal Investigation Division, Department of Financial Services', 'Florida Department of Financial Services , Criminal Investigation Division,', 'same'],
  ['WY', 'Wyoming Highway State Patrol', 'Wyoming State Highway Patrol', 'same'],
  ['WI', "Waukesha County Sheriff's Office", "Waukesha County Sheriff's Department", 'same'],
  ['NH', 'New Hampshire State Police', 'New Hampshire State Police Department', 'same'],
  ['PA', 'Quarryville Police Department', 'Quarryville Borough Police Department', 'same'],
  ['VA', 'Rappahannok,Shenandoah, Warren Regional Jail Authority', 'Rappahannock, Shenandoah, Warren Regional Jail Authority', 'same'],
  ['TX', 'Dimmit Couny Sheriff\'s Office', "Dimmit County Sheriff's Office", 'same'],
  ['TX', "Lampass County Sheriff's Office", "Lampasas County Sheriff's Office", 'same'],
  ['FL', 'Gulf County BOCC', "Gulf County Sheriff's Office", 'similar'],
  ['TN', 'Tennessee Department of Safety and Homeland Security / THP', 'Tennessee Department of Safety and Homeland Security', 'similar'],
  ['AZ', "Pinal County Sheriff's Office", "Pinal County Attorney's Office", 'similar'],
  ['NC', 'Brookfield Police Department', 'Brookford Police Department', 'similar'],
  ['FL', 'Florida Department of Agriculture', 'Office of Agricultural Law Enforcement', 'similar'],
  ['FL', 'Gulf County BOCC', 'Pasco County BOCC', 'different'],
  ['FL', 'Gulf County Board of County Commissioners', 'Pasco County Board of County Commissioners/ Pasco County Corrections', 'different'],
  ['FL', 'Gulf County BOCC', "Clay County Sheriff's Office", 'different'],
  ['PA', "Greene Township Constables's Office", 'South Pymatuning TWP State Constable', 'different'],
  ['TX', 'Texas Department of Public Safety', 'Texas Office of the Attorney General', 'different'],
]

describe('nameSimilarity on ICE spellings', () => {
  it.each(CASES)('%s: “%s” / “%s” → %s', (state, a, b, expected) => {
    expect(nameSimilarity(state, a, b)).toBe(expected)
    expect(nameSimilarity(state, b, a)).toBe(expected)
  })

  it('does not take one county for another one letter away (Lee / Leon, FL)', () => {
    expect(nameSimilarity('FL', "Lee County Sheriff's Office", "Leon County Sheriff's Office")).not.toBe('same')
  })
})
