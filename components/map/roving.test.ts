import { describe, expect, it } from 'vitest'
import { neighbour } from './roving'

// A 3 × 3 grid of centres, 10 apart, in reading order (screen coordinates: y grows downwards), plus one far north-east.
//   0 1 2
//   3 4 5      8 at (25, -30)
//   6 7
const grid: [number, number][] = [[0, 0], [10, 0], [20, 0], [0, 10], [10, 10], [20, 10], [0, 20], [10, 20], [25, -30]]

describe('neighbour', () => {
  it('moves to the centre straight in the arrow’s direction', () => {
    expect(neighbour(grid, 4, 'ArrowRight')).toBe(5)
    expect(neighbour(grid, 4, 'ArrowLeft')).toBe(3)
    expect(neighbour(grid, 4, 'ArrowUp')).toBe(1)
    expect(neighbour(grid, 4, 'ArrowDown')).toBe(7)
  })

  it('prefers a step along the direction to a nearer one across it', () => {
    // From 7 east: nothing straight east; 5 (10 along, 10 across) beats nothing, and 8 lies far north.
    expect(neighbour(grid, 7, 'ArrowRight')).toBe(5)
    // From 2 up: only 8 lies north.
    expect(neighbour(grid, 2, 'ArrowUp')).toBe(8)
  })

  it('answers -1 at the edge', () => {
    expect(neighbour(grid, 0, 'ArrowLeft')).toBe(-1)
    expect(neighbour(grid, 8, 'ArrowUp')).toBe(-1)
    expect(neighbour(grid, 8, 'ArrowRight')).toBe(-1)
  })
})
