export const STATES = [
  ['AL', 'Alabama', '01'], ['AK', 'Alaska', '02'], ['AZ', 'Arizona', '04'], ['AR', 'Arkansas', '05'],
  ['CA', 'California', '06'], ['CO', 'Colorado', '08'], ['CT', 'Connecticut', '09'], ['DE', 'Delaware', '10'],
  ['DC', 'District of Columbia', '11'], ['FL', 'Florida', '12'], ['GA', 'Georgia', '13'], ['HI', 'Hawaii', '15'],
  ['ID', 'Idaho', '16'], ['IL', 'Illinois', '17'], ['IN', 'Indiana', '18'], ['IA', 'Iowa', '19'],
  ['KS', 'Kansas', '20'], ['KY', 'Kentucky', '21'], ['LA', 'Louisiana', '22'], ['ME', 'Maine', '23'],
  ['MD', 'Maryland', '24'], ['MA', 'Massachusetts', '25'], ['MI', 'Michigan', '26'], ['MN', 'Minnesota', '27'],
  ['MS', 'Mississippi', '28'], ['MO', 'Missouri', '29'], ['MT', 'Montana', '30'], ['NE', 'Nebraska', '31'],
  ['NV', 'Nevada', '32'], ['NH', 'New Hampshire', '33'], ['NJ', 'New Jersey', '34'], ['NM', 'New Mexico', '35'],
  ['NY', 'New York', '36'], ['NC', 'North Carolina', '37'], ['ND', 'North Dakota', '38'], ['OH', 'Ohio', '39'],
  ['OK', 'Oklahoma', '40'], ['OR', 'Oregon', '41'], ['PA', 'Pennsylvania', '42'], ['RI', 'Rhode Island', '44'],
  ['SC', 'South Carolina', '45'], ['SD', 'South Dakota', '46'], ['TN', 'Tennessee', '47'], ['TX', 'Texas', '48'],
  ['UT', 'Utah', '49'], ['VT', 'Vermont', '50'], ['VA', 'Virginia', '51'], ['WA', 'Washington', '53'],
  ['WV', 'West Virginia', '54'], ['WI', 'Wisconsin', '55'], ['WY', 'Wyoming', '56'],
  ['AS', 'American Samoa', '60'], ['GU', 'Guam', '66'], ['MP', 'Northern Mariana Islands', '69'],
  ['PR', 'Puerto Rico', '72'], ['VI', 'U.S. Virgin Islands', '78'],
] as const

export type StateCode = (typeof STATES)[number][0]
export const STATE_CODES = STATES.map(([code]) => code) as unknown as readonly [StateCode, ...StateCode[]]

const byCode = new Map<string, (typeof STATES)[number]>(STATES.map((s) => [s[0], s]))
const byName = new Map<string, StateCode>(STATES.map(([code, name]) => [name.toUpperCase(), code]))
byName.set('VIRGIN ISLANDS', 'VI')
byName.set('US VIRGIN ISLANDS', 'VI')

export function isStateCode(value: string): value is StateCode {
  return byCode.has(value)
}

export function stateName(code: string): string {
  return byCode.get(code)?.[1] ?? code
}

export function stateFips(code: string): string | undefined {
  return byCode.get(code)?.[2]
}

/** ICE prints states as upper-case names, sometimes with footnote marks ("DELAWARE**"). */
export function stateFromText(raw: string): StateCode | undefined {
  const cleaned = raw.replace(/[^A-Za-z .]/g, '').replace(/\./g, '').replace(/\s+/g, ' ').trim().toUpperCase()
  if (byCode.has(cleaned)) return cleaned as StateCode
  return byName.get(cleaned)
}
