import { rngFor, shuffle, type Rng } from '../random'
import { capitalize, words } from './text'
import { ADJECTIVES, BODY, CLOSERS, MATH_STEPS, NOUNS, OPENERS, STOPWORDS, VERBS } from './vocabulary'

/**
 * The reference model's answer to a question: a plausible multi-sentence text built from the
 * question's own keywords and the built-in vocabulary. It depends only on the question and the
 * simulator seed, so every persona can rebuild the very answer the reference gives.
 */
export function referenceAnswer(question: string, seed: number): string {
  const rng = rngFor('reference', seed, question)
  if (looksLikeMath(question)) return mathAnswer(question, rng)
  const keywords = keywordsOf(question)
  const body = shuffle(BODY, rng).slice(0, 3 + rng.int(3))
  const lines = [rng.pick(OPENERS), ...body, rng.pick(CLOSERS)].map((template) => fill(template, slotsFor(keywords, rng)))
  return lines.join(' ')
}

/**
 * A variation keeping about `keep` of the text (what a student, or a warmer sample, writes):
 * round(keep x sentences) sentences, chosen at random, survive, and fresh sentences about the same
 * question replace the others; in surviving sentences, vocabulary words are swapped for others of
 * their kind at rate (1 - keep) / 2. `keep = 1` returns the text unchanged. A fixed count, rather
 * than a coin per sentence, keeps a close student reliably closer than a far one.
 */
export function vary(text: string, keep: number, question: string, rng: Rng): string {
  if (keep >= 1) return text
  const keywords = keywordsOf(question)
  const lines = text.split('\n').map((line) => line.split(/(?<=[.!?])\s+/))
  const total = lines.reduce((sum, line) => sum + line.length, 0)
  const kept = new Set(shuffle([...Array(total).keys()], rng).slice(0, Math.round(keep * total)))
  let index = 0
  const varySentence = (sentence: string) => (kept.has(index++) ? swapWords(sentence, (1 - keep) / 2, rng) : fill(rng.pick(BODY), slotsFor(keywords, rng)))
  return lines.map((line) => line.map(varySentence).join(' ')).join('\n')
}

const KINDS: readonly (readonly string[])[] = [NOUNS, ADJECTIVES, VERBS]

function swapWords(sentence: string, rate: number, rng: Rng): string {
  return sentence.replace(/[a-z][a-z-]*/g, (word) => {
    const kind = KINDS.find((list) => list.includes(word))
    return kind && rng.chance(rate) ? rng.pick(kind) : word
  })
}

function slotsFor(keywords: readonly string[], rng: Rng): Record<string, string> {
  return {
    k: keywords.length > 0 ? rng.pick(keywords) : rng.pick(NOUNS),
    n: rng.pick(NOUNS),
    m: rng.pick(NOUNS),
    a: rng.pick(ADJECTIVES),
    v: rng.pick(VERBS),
  }
}

/** How much of the reference a sample at this temperature keeps: 1 at 0, 0.85 at 1, 0.7 at 2. */
export function keepAtTemperature(temperature: number): number {
  return 1 - 0.15 * Math.min(Math.max(temperature, 0), 2)
}

export function keywordsOf(question: string): string[] {
  const seen = new Set<string>()
  for (const word of words(question)) if (word.length >= 5 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) seen.add(word)
  return [...seen].slice(0, 4)
}

function fill(template: string, slots: Record<string, string>): string {
  return capitalize(template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? name))
}

function looksLikeMath(question: string): boolean {
  return /\d/.test(question) && /[+\-*/=^]|\b(solve|compute|calculate|how many|sum|product|equation)\b/i.test(question)
}

/** Numbered steps ending in "The answer is N", N being the sum of the question's numbers. */
function mathAnswer(question: string, rng: Rng): string {
  const numbers = (question.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 6).map(Number)
  const total = numbers.reduce((sum, value) => sum + value, 0)
  const slots: Record<string, string> = { nums: numbers.join(', '), expr: `${numbers.join(' + ')} = ${total}` }
  const steps = MATH_STEPS.slice(0, 3 + rng.int(2)).map((step, index) => `Step ${index + 1}: ${fill(step, slots)}`)
  return ['Let us work through this step by step.', ...steps, `The answer is ${total}.`].join('\n')
}
