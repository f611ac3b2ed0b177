import type { RunRow } from './ports'

/**
 * A re-judge run (issue 13 item 3; its manifest names the run it re-judges) sends judge requests
 * only: its progress counts against the judge's bound alone, not against answers it never asks for.
 */
export function progressTotalsOf<T extends { readonly judge: number }>(run: Pick<RunRow, 'manifest'>, totals: T): T | { judge: number } {
  return run.manifest.rejudgeOf !== undefined ? { judge: totals.judge } : totals
}
