import type { Locator, Page } from '@playwright/test'

export type Rgb = [number, number, number]

/** WCAG relative luminance and contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const lum = ([r, g, b]: Rgb) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

export function parseRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css)
  if (!m) throw new Error(`not an rgb() colour: ${css}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/**
 * The colours on screen at the centres of some elements, read from a screenshot of `frame` (decoded by the browser's
 * own canvas, so the test needs no image library): what a reader sees, not what the stylesheet says.
 */
export async function screenColours(page: Page, frame: Locator, targets: Locator[]): Promise<Rgb[]> {
  const shot = await frame.screenshot({ scale: 'css' })
  const box = (await frame.boundingBox())!
  const points = []
  for (const t of targets) {
    const b = (await t.boundingBox())!
    points.push([Math.round(b.x + b.width / 2 - box.x), Math.round(b.y + b.height / 2 - box.y)])
  }
  return page.evaluate(
    async ({ png, points }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${png}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.width
      canvas.height = img.height
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      return points.map(([x, y]) => Array.from(ctx.getImageData(x!, y!, 1, 1).data.slice(0, 3)) as [number, number, number])
    },
    { png: shot.toString('base64'), points },
  )
}
