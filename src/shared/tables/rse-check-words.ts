import type { RseCalibration, RsePositionCheck } from '../contract/results'

/*
 * Issue 16's checks in words, written once for the tables' notes, the results page and the
 * methods paragraph, so each says the same of the same numbers.
 */

/** How the ceiling and the floor are measured and what the normalised score is. */
export const CALIBRATION_METHOD =
  "Ceiling: the reference model's second answer to each prompt judged against its first. Floor: each student's answer judged against the reference answer to another prompt of the same set (a seeded derangement), pooled over the students. Normalised RSE = (mean - floor) / (ceiling - floor), per set, so 0 is the floor and 1 the ceiling; Avg is the mean of the sets' normalised scores."

/** The normalised scores' intervals, which must move together with the anchors they divide by. */
export const CALIBRATION_INTERVALS =
  "Intervals: bootstrap 95% that resample each set's prompts once for the student's scores, the ceiling and the floor alike (seeded); a set whose ceiling is not above its floor has no normalised score."

/** A reference at temperature 0 mostly repeats itself: what its ceiling then measures. */
export const GREEDY_REFERENCE_NOTE =
  'The reference answered at temperature 0: its second sample is usually its first again, so the ceiling shows how the judge scores identical answers, not how much the reference varies.'

/** "12 of 30 second samples were identical to the first." */
export function identicalSamplesText(calibration: Pick<RseCalibration, 'identicalSamples' | 'samplePairs'>): string {
  return `${calibration.identicalSamples} of ${calibration.samplePairs} second samples were identical to the first.`
}

/** "favours one position" when the interval of the shift excludes 0, else "no clear shift". */
export const positionFlagText = (flagged: boolean): string => (flagged ? 'favours one position' : 'no clear shift')

/** How the position check is done and read. */
export const POSITION_METHOD =
  "Judged items drawn with the run's seed were judged again with the two answers' roles swapped (the student's answer as the reference, the reference's as the candidate). Shift: the mean of (swapped - as asked) over the items both scored, with a bootstrap 95% interval; a judge whose interval excludes 0 favours one position."

/** A judge's shift, e.g. "+0.12 (95% CI -0.03 to 0.27)" or "n/a". */
export function shiftText(judge: RsePositionCheck['judges'][number]): string {
  if (judge.meanShift === undefined) return 'n/a'
  const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(2)}`
  return judge.ci ? `${signed(judge.meanShift)} (95% CI ${judge.ci.low.toFixed(2)} to ${judge.ci.high.toFixed(2)})` : signed(judge.meanShift)
}
