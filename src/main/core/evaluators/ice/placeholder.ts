/**
 * Where the question goes in a template (METHOD.md 2.1: the GPTFuzzer templates use
 * `[INSERT PROMPT HERE]`). Imported templates written for the paper's code use `{query}`; they are
 * rewritten to ours on import.
 */
export const PLACEHOLDER = '[INSERT PROMPT HERE]'

/** Placeholders recognised on import, ours first. */
export const KNOWN_PLACEHOLDERS = [PLACEHOLDER, '{query}'] as const

export function hasPlaceholder(template: string): boolean {
  return template.includes(PLACEHOLDER)
}

/** The template with any known placeholder rewritten to ours, and which one was found. */
export function normalisePlaceholder(template: string): { text: string; found: string | undefined } {
  const found = KNOWN_PLACEHOLDERS.find((placeholder) => template.includes(placeholder))
  if (found === undefined || found === PLACEHOLDER) return { text: template, found }
  return { text: template.split(found).join(PLACEHOLDER), found }
}

/** How a template without a placeholder is treated (METHOD.md 2.5). */
export type MissingPlaceholder = 'invalid' | 'append-question'

/**
 * The text sent to the target: every placeholder replaced by the question (as GPTFuzz does). Without
 * one, 'append-question' (the paper's code) appends the question with no separator, and 'invalid'
 * (GPTFuzz) gives undefined: the mutant is never queried.
 */
export function fillTemplate(template: string, question: string, missing: MissingPlaceholder): string | undefined {
  if (hasPlaceholder(template)) return template.split(PLACEHOLDER).join(question)
  return missing === 'append-question' ? template + question : undefined
}
