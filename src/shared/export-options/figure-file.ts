import { heightIn, type PaperStyle } from './figure-style'

/**
 * What a figure file can be, and the limits of a PNG. Shared so that the window can check a DPI
 * and show the pixel size before asking, with the very bounds main's renderer enforces.
 */
export const FIGURE_FORMATS = ['png', 'svg', 'pdf'] as const
export type FigureFormat = (typeof FIGURE_FORMATS)[number]

export const FIGURE_MIME_TYPES: Readonly<Record<FigureFormat, string>> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' }

/** 300 DPI: the least most journals accept for a raster figure. */
export const DEFAULT_DPI = 300
export const MIN_DPI = 50
export const MAX_DPI = 1200
/** Larger images are refused rather than allocated (about 400 MB of pixels). */
export const MAX_PNG_PIXELS = 100_000_000

/** The PNG's size in pixels: the figure's size in inches times the DPI, rounded. */
export function pngSize(style: PaperStyle, dpi: number): { width: number; height: number } {
  return { width: Math.round(style.widthIn * dpi), height: Math.round(heightIn(style) * dpi) }
}

/** Why a PNG of this style and DPI cannot be made, or undefined when it can. */
export function pngProblem(style: PaperStyle, dpi: number): string | undefined {
  if (!Number.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) return `The DPI must be from ${MIN_DPI} to ${MAX_DPI}; got ${dpi}.`
  const size = pngSize(style, dpi)
  if (size.width * size.height > MAX_PNG_PIXELS) return `${size.width} × ${size.height} pixels is too large; lower the DPI or the width.`
  return undefined
}
