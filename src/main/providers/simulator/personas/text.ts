/** Small text helpers shared by the personas: words, sentences and the similarity measures. */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Lower-cased words (letters and digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[]
}

/** Splits on sentence ends (. ! ? and their CJK forms) and line breaks; keeps the punctuation. */
export function sentences(text: string): string[] {
  const parts = text.match(/[^.!?。！？\n]+[.!?。！？]*|\n+/g) ?? []
  return parts.map((part) => part.trim()).filter((part) => part.length > 0)
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const item of a) if (b.has(item)) shared++
  return shared / (a.size + b.size - shared)
}

/** Word-set Jaccard: the share of distinct words the two texts have in common (content). */
export function wordJaccard(a: string, b: string): number {
  return jaccard(new Set(words(a)), new Set(words(b)))
}

/** Jaccard over adjacent word pairs: sensitive to word order, so it tracks structure. */
export function bigramJaccard(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b))
}

function bigrams(text: string): Set<string> {
  const list = words(text)
  const pairs = new Set<string>()
  for (let i = 1; i < list.length; i++) pairs.add(`${list[i - 1]} ${list[i]}`)
  return pairs
}

/**
 * Shape similarity (style): how close the texts are in length, in number of sentences and in
 * punctuation, each as a min/max ratio, averaged.
 */
export function shapeSimilarity(a: string, b: string): number {
  const ratio = (x: number, y: number) => (Math.max(x, y) === 0 ? 1 : Math.min(x, y) / Math.max(x, y))
  const punctuation = (text: string) => (text.match(/[,;:()"“”—-]/g) ?? []).length
  return (ratio(a.length, b.length) + ratio(sentences(a).length, sentences(b).length) + ratio(punctuation(a), punctuation(b))) / 3
}

/** First letter upper-cased. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
