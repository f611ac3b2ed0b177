import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createCanvas, loadImage } from '@napi-rs/canvas'

/**
 * The command-line tools the export tests check our files with. A missing tool fails the test
 * with what to install: a skipped check would pass in silence on a machine that never ran it.
 */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  if (found.status !== 0) {
    throw new Error(
      `${command} is not installed: install Debian's ${debianPackage} (run the apt-get lines of .ci/run: poppler-utils, texlive-latex-base, texlive-latex-recommended).`,
    )
  }
}

export function run(command: string, args: readonly string[], cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...(cwd ? { cwd } : {}) })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Width and height from a PNG's IHDR chunk, read from the bytes rather than trusting a decoder. */
export function pngDimensions(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG file')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Pixels per inch recorded in a PNG's pHYs chunk, if any. */
export function pngPixelsPerInch(png: Uint8Array): number | undefined {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  let offset = 8
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8))
    if (type === 'pHYs' && png[offset + 16] === 1) return Math.round(view.getUint32(offset + 8) / 39.3701)
    offset += 12 + length
  }
  return undefined
}

/** The share of pixels that are not (nearly) white: 0 for a blank page. */
export async function inkShare(png: Uint8Array | string): Promise<number> {
  const image = await loadImage(typeof png === 'string' ? readFileSync(png) : Buffer.from(png))
  const canvas = createCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  context.drawImage(image, 0, 0)
  const { data } = context.getImageData(0, 0, image.width, image.height)
  let ink = 0
  for (let index = 0; index < data.length; index += 4) {
    if (data[index + 3]! > 0 && (data[index]! < 240 || data[index + 1]! < 240 || data[index + 2]! < 240)) ink++
  }
  return ink / (image.width * image.height)
}
