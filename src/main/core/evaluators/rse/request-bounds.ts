// Kept apart from estimate.ts: the executor counts progress against these bounds, and estimate.ts
// loads the GPT-4o tokenizer (about 70 MB), which a run must not carry (issue 17 item 3).

/**
 * At most how many requests an RSE run makes of each role: one reference answer per prompt, one
 * answer per prompt and student, and per judgement the judge's call plus at most one re-ask (only
 * for an unreadable reply), for each judge of the panel. The run's progress counts against the same figures.
 */
export function rseRequestBounds(prompts: number, students: number, judges = 1): { reference: number; student: number; judge: number } {
  return { reference: prompts, student: prompts * students, judge: 2 * prompts * students * judges }
}
