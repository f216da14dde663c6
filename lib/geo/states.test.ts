import { describe, expect, it } from 'vitest'
import { STATE_MAP_VIEWBOX, stateShapes } from './states'

describe('stateShapes', () => {
  const { shapes, borders } = stateShapes()

  it('draws the 50 states and DC inside the map frame', () => {
    expect(shapes).toHaveLength(51)
    expect(shapes.map((s) => s.code)).toContain('DC')
    const [, , width, height] = STATE_MAP_VIEWBOX.split(' ').map(Number)
    // The rings' starting points (absolute moves) fill the frame: a wrong scale would shrink or spill the map. The
    // western Aleutians lie left of the atlas's own frame (to x = -58 px of its 975).
    const xs = shapes.flatMap((s) => [...s.d.matchAll(/M(-?\d+) (-?\d+)/g)].map((m) => Number(m[1])))
    const ys = shapes.flatMap((s) => [...s.d.matchAll(/M(-?\d+) (-?\d+)/g)].map((m) => Number(m[2])))
    expect(Math.min(...xs)).toBeGreaterThan(-0.07 * width!)
    expect(Math.max(...xs)).toBeGreaterThan(0.9 * width!)
    expect(Math.max(...xs)).toBeLessThanOrEqual(width!)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...ys)).toBeGreaterThan(0.9 * height!)
    expect(Math.max(...ys)).toBeLessThanOrEqual(height!)
  })

  it('keeps the page light: outlines and borders under 25 KB of path data (the unsimplified atlas wrote 180 KB)', () => {
    const bytes = shapes.reduce((n, s) => n + s.d.length, 0) + borders.length
    expect(bytes).toBeLessThan(25_000)
    expect(shapes.find((s) => s.code === 'HI')!.d.split('M').length - 1, 'Hawaii keeps its main islands').toBeGreaterThanOrEqual(5)
  })
})
