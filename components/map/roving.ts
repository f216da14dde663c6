/**
 * The map's keyboard model (WAI-ARIA roving tabindex): one county is in the tab order (`tabindex="0"`), the others are
 * `tabindex="-1"`; arrow keys move to the geographic neighbour in that direction, Home and End to the first and last
 * county in reading order.
 */
export const ROVING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'])

type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'
type Point = readonly [number, number]

/**
 * The index of the centre nearest to `centres[from]` in the arrow's direction (screen coordinates: y grows downwards),
 * or -1 when none lies that way. A step across the direction counts twice a step along it, so the neighbour straight
 * east beats a nearer one to the north-east.
 */
export function neighbour(centres: readonly Point[], from: number, key: Arrow): number {
  const [x0, y0] = centres[from]!
  let best = -1
  let bestScore = Infinity
  centres.forEach(([x, y], i) => {
    const [dx, dy] = [x - x0, y - y0]
    const along = key === 'ArrowRight' ? dx : key === 'ArrowLeft' ? -dx : key === 'ArrowDown' ? dy : -dy
    const across = key === 'ArrowRight' || key === 'ArrowLeft' ? Math.abs(dy) : Math.abs(dx)
    if (i === from || along <= 0) return
    const score = along + 2 * across
    if (score < bestScore) [best, bestScore] = [i, score]
  })
  return best
}

const centreOf = (el: Element): Point => {
  const r = el.getBoundingClientRect()
  return [r.x + r.width / 2, r.y + r.height / 2]
}

/** Where a roving key sends focus from `current` among `all` (in reading order), or null to stay. */
export function target(all: Element[], current: Element, key: string): Element | null {
  if (key === 'Home') return all[0] ?? null
  if (key === 'End') return all.at(-1) ?? null
  const from = all.indexOf(current)
  if (from < 0) return null
  const to = neighbour(all.map(centreOf), from, key as Arrow)
  return to < 0 ? null : all[to]!
}

/** Makes `el` the map's one tab stop. */
export function makeTabStop(root: Element, el: Element) {
  for (const other of root.querySelectorAll('[data-fips][tabindex="0"]')) other.setAttribute('tabindex', '-1')
  el.setAttribute('tabindex', '0')
}
