/**
 * A judge's 1 (conflict / positive) or 0 (METHOD.md 2.6). Replies are read by
 * `core/judges/read-verdict.ts`, per the run's verdict preset.
 */
export type { VerdictValue as Verdict } from '../../../judges/verdict-words'
