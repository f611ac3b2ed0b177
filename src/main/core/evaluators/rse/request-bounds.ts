// Kept apart from estimate.ts: the executor counts progress against these bounds, and estimate.ts
// loads the GPT-4o tokenizer (about 70 MB), which a run must not carry (issue 17 item 3).
import type { RseSpec } from '../../../../shared/contract/run-spec'

/** Issue 16's options that add requests. */
export type RseChecksAsked = Pick<RseSpec, 'calibration' | 'studentSamples' | 'positionCheck'>

/**
 * At most how many requests an RSE run makes of each role: one reference answer per prompt, one
 * answer per prompt, student and sample, and per judgement the judge's call plus at most one re-ask
 * (only for an unreadable reply), for each judge of the panel. Issue 16's checks add: calibration, a
 * second reference answer per prompt and the ceiling's and floor's judgements (one per prompt, and
 * one per prompt and student); the position check, its judgements. The run's progress counts against the same figures.
 */
export function rseRequestBounds(
  prompts: number,
  students: number,
  judges = 1,
  checks: RseChecksAsked = {},
): { reference: number; student: number; judge: number } {
  const samples = checks.studentSamples ?? 1
  const calibrated = checks.calibration === true
  const judgements = prompts * students * samples + (calibrated ? prompts + prompts * students : 0) + Math.min(checks.positionCheck ?? 0, prompts * students)
  return { reference: prompts * (calibrated ? 2 : 1), student: prompts * students * samples, judge: 2 * judgements * judges }
}
