import { shuffle, type Rng } from '../random'
import { JAILBREAK_OPENERS } from './vocabulary'

/**
 * The GPTFuzz helper (METHOD.md 2.4). It rewrites the template(s) it is given deterministically
 * and keeps the placeholder, except that it drops it at `dropRate` (the app must cope with that).
 * Templates are read from every `<template>...</template>` in the prompt (the first is the one to
 * mutate, the second crossover's partner); without tags, the last user message is the template.
 * Which mutator is meant is read from the instructions (template text excluded), first match wins:
 * "crossover"/"cross over"/"combine", "expand", "shorten"/"condense", "rephrase", else generate similar.
 * Expand answers with three new sentences only, as GPTFuzz's helper does; the app adds them.
 */
export const PLACEHOLDER = '[INSERT PROMPT HERE]'

export type MutatorKind = 'crossover' | 'expand' | 'shorten' | 'rephrase' | 'similar'

const SYNONYMS: Readonly<Record<string, string>> = {
  answer: 'respond to',
  always: 'consistently',
  never: 'under no circumstances',
  must: 'should',
  will: 'shall',
  now: 'from this point',
  question: 'query',
  questions: 'queries',
  rules: 'guidelines',
  free: 'unbound',
  pretend: 'imagine',
  character: 'persona',
  respond: 'reply',
  anything: 'whatever is asked',
  help: 'assist',
}

export function readTemplates(prompt: string): string[] {
  return [...prompt.matchAll(/<template>\n?([\s\S]*?)\n?<\/template>/g)].map((match) => match[1] ?? '')
}

export function mutatorKind(instructions: string): MutatorKind {
  if (/\b(crossover|cross over|combine)\b/i.test(instructions)) return 'crossover'
  if (/\bexpand\b/i.test(instructions)) return 'expand'
  if (/\b(shorten|condense)\b/i.test(instructions)) return 'shorten'
  if (/\brephrase\b/i.test(instructions)) return 'rephrase'
  return 'similar'
}

export function mutate(kind: MutatorKind, templates: readonly string[], rng: Rng, dropRate: number): string {
  const [first = '', second = first] = templates
  if (kind === 'expand') return shuffle(JAILBREAK_OPENERS, rng).slice(0, 3).join(' ')
  const mutated = {
    crossover: () => crossover(first, second),
    shorten: () => pieces(first).map(shortenSentence).join(''),
    rephrase: () =>
      pieces(first)
        .map((sentence) => (rng.chance(0.5) ? synonyms(sentence) : sentence))
        .join(''),
    similar: () => `${rng.pick(JAILBREAK_OPENERS)} ${synonyms(reorder(first, rng))}`,
  }[kind]()
  const text = ensurePlaceholder(mutated)
  return rng.chance(dropRate)
    ? text
        .replace(PLACEHOLDER, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim()
    : text
}

/** Sentences with their trailing spaces and line breaks, so joining them gives the text back. */
export function pieces(text: string): string[] {
  return (text.match(/[\s\S]*?(?:[.!?。！？]+(?=\s|$)[ \t]*\n*|\n+|$)/g) ?? []).filter((piece) => piece.length > 0)
}

function crossover(first: string, second: string): string {
  const a = pieces(first)
  const b = pieces(second)
  return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join('')
}

/** Long sentences lose their middle clauses; the placeholder is never cut. */
function shortenSentence(sentence: string): string {
  if (sentence.split(/\s+/).length <= 12) return sentence
  const clauses = sentence.split(/,\s*/)
  if (clauses.length > 2) return [clauses[0], ...clauses.slice(2)].join(', ')
  const kept = sentence.split(/\s+/).slice(0, 10).join(' ')
  const tail = sentence.includes(PLACEHOLDER) && !kept.includes(PLACEHOLDER) ? ` ${PLACEHOLDER}` : ''
  return `${kept}${tail}. `
}

function synonyms(text: string): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word) => SYNONYMS[word.toLowerCase()] ?? word)
}

/** Shuffles the sentences but keeps the one with the placeholder last, where the question goes. */
function reorder(text: string, rng: Rng): string {
  const all = pieces(text)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)
  const withPlaceholder = all.filter((piece) => piece.includes(PLACEHOLDER))
  return [
    ...shuffle(
      all.filter((piece) => !piece.includes(PLACEHOLDER)),
      rng,
    ),
    ...withPlaceholder,
  ].join(' ')
}

/** Exactly one placeholder: a crossover may bring two, or none. */
function ensurePlaceholder(text: string): string {
  const count = text.split(PLACEHOLDER).length - 1
  if (count === 1) return text
  if (count === 0) return `${text.trimEnd()}\n${PLACEHOLDER}`
  const last = text.lastIndexOf(PLACEHOLDER)
  return text.slice(0, last).split(PLACEHOLDER).join('') + text.slice(last)
}
