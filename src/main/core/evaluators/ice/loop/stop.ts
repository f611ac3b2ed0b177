import type { IceStopReason, StopLimits } from './types'

export interface LoopCounters {
  readonly queries: number
  readonly successes: number
  readonly rejects: number
  readonly iterations: number
}

/**
 * Iterations in a row that sent nothing (every mutant failed or had no placeholder under
 * "GPTFuzz original") after which the loop gives up rather than spin: a safeguard GPTFuzz lacks.
 */
export const MAX_IDLE_ITERATIONS = 50

/** The first condition of METHOD.md 2.2 that holds (checked before each iteration), or undefined. */
export function stopReason(limits: StopLimits, counters: LoopCounters, idleIterations = 0): IceStopReason | undefined {
  const reached = (limit: number, value: number) => limit !== -1 && value >= limit
  if (reached(limits.maxQuery, counters.queries)) return 'max_query'
  if (reached(limits.maxSuccess, counters.successes)) return 'max_success'
  if (reached(limits.maxReject, counters.rejects)) return 'max_reject'
  if (reached(limits.maxIteration, counters.iterations)) return 'max_iteration'
  if (idleIterations >= MAX_IDLE_ITERATIONS) return 'stalled'
  return undefined
}

/** At least one condition must be on, or the loop would never end. */
export function checkStopLimits(limits: StopLimits): void {
  const values = [limits.maxQuery, limits.maxSuccess, limits.maxReject, limits.maxIteration]
  for (const value of values) {
    if (!Number.isInteger(value) || value < -1) throw new RangeError(`stop limits are integers >= -1 (-1 disables), got ${value}`)
  }
  if (values.every((value) => value === -1)) throw new RangeError('at least one stop condition must be set (all are -1)')
}
