import { createCanvas, loadImage } from '@napi-rs/canvas'

/** A decoded PNG: its size and RGBA bytes, row by row. */
export interface Pixels {
  readonly width: number
  readonly height: number
  readonly data: Uint8ClampedArray
}

export async function pngPixels(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png))
  const canvas = createCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  context.drawImage(image, 0, 0)
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data }
}

export function pixelAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const index = (Math.round(y) * pixels.width + Math.round(x)) * 4
  return [pixels.data[index]!, pixels.data[index + 1]!, pixels.data[index + 2]!]
}

/** Whether a pixel has ink: anything but (nearly) white, as antialiased edges of text count too. */
export const isInk = ([r, g, b]: readonly number[]): boolean => r! < 245 || g! < 245 || b! < 245

/** The nearest distance, in pixels, from any inked pixel to the image's edge: Infinity for a blank image. */
export function inkDistanceFromEdge(pixels: Pixels): { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number } {
  let left = Infinity
  let right = Infinity
  let top = Infinity
  let bottom = Infinity
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      if (!isInk(pixelAt(pixels, x, y))) continue
      left = Math.min(left, x)
      right = Math.min(right, pixels.width - 1 - x)
      top = Math.min(top, y)
      bottom = Math.min(bottom, pixels.height - 1 - y)
    }
  }
  return { left, right, top, bottom }
}

/** Euclidean distance between two colours, 0-441. */
export function colourDistance(a: readonly number[], hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16)
  const b = [(value >> 16) & 255, (value >> 8) & 255, value & 255]
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)
}
