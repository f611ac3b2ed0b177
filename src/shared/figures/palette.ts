/**
 * Colour-blind-safe colours. Series use Okabe and Ito's eight colours ("Color Universal Design",
 * 2008), distinguishable under the common colour-vision deficiencies and in greyscale by
 * lightness; black is left out because it reads as text. Heat maps use viridis, whose lightness
 * rises monotonically, so order survives colour blindness and black-and-white printing.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const

/** Loose, strict and hard in every ICE figure, from light to dark so greyscale keeps the order. */
export const ICE_MEASURE_COLOURS = { loose: '#56B4E9', strict: '#0072B2', hard: '#D55E00' } as const

/** The i-th series colour, in an order that keeps neighbours far apart. */
const SERIES_ORDER = [4, 0, 2, 5, 1, 6, 3] as const
export function seriesColour(index: number): string {
  const position = ((index % SERIES_ORDER.length) + SERIES_ORDER.length) % SERIES_ORDER.length
  return OKABE_ITO[SERIES_ORDER[position]!]
}

export const TEXT_COLOUR = '#000000'
export const GRID_COLOUR = '#d9d9d9'
export const PAPER_VALUE_COLOUR = '#7f7f7f'

function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const value = Number.parseInt(match[1]!, 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** The colour at the given opacity, for the lighter bars of published values. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = parseHex(hex)
  return `rgba(${r}, ${g}, ${b}, ${Math.min(1, Math.max(0, alpha))})`
}

/** Viridis sampled at nine evenly spaced points (matplotlib's table), interpolated between them. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'] as const

/** The viridis colour for t in [0, 1] (clamped). */
export function viridis(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0
  const scaled = clamped * (VIRIDIS.length - 1)
  const low = Math.floor(scaled)
  const high = Math.min(VIRIDIS.length - 1, low + 1)
  const fraction = scaled - low
  const a = parseHex(VIRIDIS[low]!)
  const b = parseHex(VIRIDIS[high]!)
  const mixed = a.map((channel, i) => Math.round(channel + (b[i]! - channel) * fraction))
  return `#${mixed.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}

/** Black or white, whichever reads better on the background (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const linear = parseHex(hex).map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!
  return luminance > 0.179 ? '#000000' : '#ffffff'
}
