import { z } from 'zod'

/**
 * How a figure looks on paper. Chart.js lays figures out in points (1/72 inch), so a font size
 * given here is the size printed in the paper, whatever the output's resolution: PNG scales the
 * points to pixels at the chosen DPI, SVG and PDF keep points as their user units.
 */
export const POINTS_PER_INCH = 72

export const FONT_CHOICES = ['serif', 'sans'] as const
export type FontChoice = (typeof FONT_CHOICES)[number]

/** A number within bounds, with a message a person reads in the app (the command line has its own). */
function inRange(min: number, max: number, what: string, unit: string) {
  const message = `${what} must be from ${min} to ${max}${unit}.`
  return z
    .number({ error: `${what} is a number.` })
    .min(min, message)
    .max(max, message)
}

export const paperStyleSchema = z
  .object({
    font: z.enum(FONT_CHOICES, { error: `The font is ${FONT_CHOICES.join(' or ')}.` }).default('serif'),
    /** Body text size in points; titles are a little larger, tick labels a little smaller. */
    fontSizePt: inRange(5, 24, 'The font size', ' pt').default(8),
    /** 6.5 in is a US-letter text width with one-inch margins; a single ACL column is about 3.3 in. */
    widthIn: inRange(1, 20, 'The width', ' in').default(6.5),
    /** Height as a fraction of the width. */
    aspect: inRange(0.2, 3, 'The height', ' times the width').default(0.5),
    title: z.boolean().default(true),
  })
  .strict()

export type PaperStyle = z.output<typeof paperStyleSchema>
export type PaperStyleInput = z.input<typeof paperStyleSchema>

export const DEFAULT_PAPER_STYLE: PaperStyle = paperStyleSchema.parse({})

export const paperStyle = (input: PaperStyleInput = {}): PaperStyle => paperStyleSchema.parse(input)

/**
 * Font stacks: metric-compatible free fonts first (Liberation matches Times and Arial, which most
 * paper templates use), then the proprietary names, then DejaVu, which most Linux systems have.
 */
export const FONT_STACKS: Readonly<Record<FontChoice, string>> = {
  serif: "'Liberation Serif', 'Times New Roman', Times, 'DejaVu Serif', serif",
  sans: "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif",
}

export interface FigureSizePt {
  readonly width: number
  readonly height: number
}

/** The figure's layout size in points, whole numbers because Chart.js floors its canvas size. */
export function figureSizePt(style: PaperStyle): FigureSizePt {
  return {
    width: Math.max(1, Math.floor(style.widthIn * POINTS_PER_INCH)),
    height: Math.max(1, Math.floor(style.widthIn * style.aspect * POINTS_PER_INCH)),
  }
}

export const heightIn = (style: PaperStyle): number => style.widthIn * style.aspect
