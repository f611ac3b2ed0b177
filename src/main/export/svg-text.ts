/**
 * Skia's SVG canvas writes each word of a text as its own <text> element (and an empty one for
 * each space). A label like "Llama 3.1 70B" would then not be findable or editable as one string.
 * This joins a run of word elements back into one <text>, keeping every glyph's own x position and
 * giving the restored space a position between the words, so the drawing does not move.
 */

interface TextElement {
  readonly attributes: string
  readonly x: number[]
  readonly y: string
  readonly content: string
}

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g

function parse(attributes: string, content: string): TextElement | undefined {
  const x = /\sx="([^"]*)"/.exec(attributes)?.[1]
  const y = /\sy="([^"]*)"/.exec(attributes)?.[1]
  if (x === undefined || y === undefined) return undefined
  const positions = x
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
  if (positions.length === 0 || positions.some((value) => !Number.isFinite(value))) return undefined
  // One position per character, or the joined positions would drift (a ligature, say): leave such text alone.
  if (positions.length !== [...content.replace(/&[^;]+;/g, '_')].length) return undefined
  return {
    attributes: attributes.replace(/\s[xy]="[^"]*"/g, ''),
    x: positions,
    y: y
      .split(/[\s,]+/)
      .filter(Boolean)
      .join(' '),
    content,
  }
}

/** Same font, transform and baseline, and the next word starts less than about one space after this one's last glyph. */
function continues(previous: TextElement, next: TextElement): boolean {
  if (previous.attributes !== next.attributes || previous.y !== next.y) return false
  const size = Number(/font-size="([^"]*)"/.exec(previous.attributes)?.[1] ?? '10')
  const gap = next.x[0]! - previous.x.at(-1)!
  return gap > 0 && gap < size * 1.6
}

function render(element: TextElement): string {
  return `<text${element.attributes} x="${element.x.map((value) => Number(value.toFixed(3))).join(' ')}" y="${element.y}">${element.content}</text>`
}

export function joinWordRuns(svg: string): string {
  let output = ''
  let last = 0
  let pending: TextElement | undefined
  let pendingEnd = 0
  const flush = () => {
    if (pending) output += render(pending)
    pending = undefined
  }
  for (const match of svg.matchAll(TEXT)) {
    const start = match.index
    const element = parse(match[1]!, match[2]!)
    const adjacent = pending !== undefined && start === pendingEnd
    if (element && adjacent && continues(pending!, element)) {
      const previous: TextElement = pending!
      const space = (previous.x.at(-1)! + element.x[0]!) / 2
      pending = { ...previous, x: [...previous.x, space, ...element.x], content: `${previous.content} ${element.content}` }
      pendingEnd = start + match[0].length
      last = pendingEnd
      continue
    }
    flush()
    output += svg.slice(last, start)
    if (element) {
      pending = element
      pendingEnd = start + match[0].length
    } else {
      output += match[0]
    }
    last = start + match[0].length
  }
  flush()
  return output + svg.slice(last)
}
