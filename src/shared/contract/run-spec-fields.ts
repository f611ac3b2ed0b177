import { z } from 'zod'

/*
 * The settings both kinds of run spec share, with their bounds and messages written once: the run
 * wizards show these messages next to their fields, and the command line prints them after the
 * field's path. So they are worded for both: what to enter, never how zod counts.
 */

/** "4,294,967,295": numbers in messages read as the wizards show them. */
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

export const WHOLE_NUMBER_MESSAGE = 'Enter a whole number'

export function rangeMessage(min: number, max: number): string {
  return `Enter a number from ${INTEGER.format(min)} to ${INTEGER.format(max)}`
}

/** A whole number within bounds: "Enter a whole number", else "Enter a number from min to max". */
export function wholeNumberSchema(min: number, max: number) {
  const outside = rangeMessage(min, max)
  return z.number().int(WHOLE_NUMBER_MESSAGE).min(min, outside).max(max, outside)
}

/** The largest seed a spec accepts. */
export const MAX_SEED = 2 ** 32 - 1
export const DEFAULT_RUN_SEED = 1
export const seedSchema = wholeNumberSchema(0, MAX_SEED).default(DEFAULT_RUN_SEED)

export const MAX_RUN_CONCURRENCY = 256
export const DEFAULT_RUN_CONCURRENCY = 8
export const concurrencySchema = wholeNumberSchema(1, MAX_RUN_CONCURRENCY).default(DEFAULT_RUN_CONCURRENCY)

export const RUN_NAME_MAX_CHARS = 120
export const runNameSchema = z.string().trim().max(RUN_NAME_MAX_CHARS, `Keep the name to ${RUN_NAME_MAX_CHARS} characters.`).optional()

export const MAX_BUDGET_USD = 1_000_000
export const BUDGET_USD_MESSAGE = `Enter an amount above $0 and at most $${INTEGER.format(MAX_BUDGET_USD)}, or no budget at all`
export const budgetUsdSchema = z.number().positive(BUDGET_USD_MESSAGE).max(MAX_BUDGET_USD, BUDGET_USD_MESSAGE).optional()

/** A list of short words (vendors, keywords): "Add at least one vendor.", "Use at most 20 vendors.", "Each vendor needs 1 to 80 characters.". */
export function wordListSchema(what: string, max: number) {
  const word = `Each ${what} needs 1 to 80 characters.`
  return z.array(z.string().trim().min(1, word).max(80, word)).min(1, `Add at least one ${what}.`).max(max, `Use at most ${max} ${what}s.`)
}

/** A judge panel has one to five judges (issue 13 item 1); an odd number avoids ties. */
export const MAX_JUDGES = 5
export const JUDGE_MISSING_MESSAGE = 'Choose at least one judge.'
export function judgesSchema<T extends z.ZodType>(alias: T) {
  return z.array(alias).min(1, JUDGE_MISSING_MESSAGE).max(MAX_JUDGES, `A panel has at most ${MAX_JUDGES} judges.`)
}
