/**
 * A d3 path context that writes compact SVG path data on an integer grid of `scale` units per pixel: an absolute move,
 * then relative line runs. Pass it to geoPath and read each path with take().
 */
export function compactContext(scale: number) {
  let out = ''
  let px = 0
  let py = 0
  let afterMove = true
  const num = (n: number, lead: boolean) => (n < 0 || lead ? `${n}` : ` ${n}`)
  return {
    moveTo(x: number, y: number) {
      px = Math.round(x * scale)
      py = Math.round(y * scale)
      out += `M${px} ${py}`
      afterMove = true
    },
    lineTo(x: number, y: number) {
      const nx = Math.round(x * scale)
      const ny = Math.round(y * scale)
      if (nx === px && ny === py) return
      out += (afterMove ? 'l' : '') + num(nx - px, afterMove) + num(ny - py, false)
      afterMove = false
      px = nx
      py = ny
    },
    closePath() {
      out += 'z'
    },
    arc() {},
    take() {
      const d = out
      out = ''
      return d
    },
  }
}
