/**
 * Every judge bound (RSE and ICE, runs and re-judges) allows each judgement one re-ask, made only
 * when the judge's reply could not be read. Without re-asks the judge makes half its bound: the
 * count a run's time left is reckoned from (ProgressTracker's `expected`).
 */
export function withoutJudgeReasks<T extends { readonly judge: number }>(bounds: T): T {
  return { ...bounds, judge: Math.ceil(bounds.judge / 2) }
}
