import type { RseResults } from '../../../shared/contract/results'
import type { RseSpec } from '../../../shared/contract/run-spec'
import { shiftText } from '../../../shared/tables/rse-check-words'

/*
 * Issue 16's sentences of an RSE run's methods paragraph: its ceiling and floor, its answers per
 * student, and its position check, each only when the run measured it. Kept apart from
 * methods-paragraph.ts so the paragraph reads as the order of its parts.
 */

type ModelName = (alias: string) => string

const score = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2))
const interval = (ci: { readonly low: number; readonly high: number } | undefined) => (ci ? ` (95% CI ${ci.low.toFixed(2)} to ${ci.high.toFixed(2)})` : '')

/** Every sentence that applies, each ending with a space, or '' when the run has none of the checks. */
export function rseChecksSentences(spec: RseSpec, results: RseResults, modelName: ModelName): string {
  return calibrationSentence(results) + samplesSentence(spec, results, modelName) + positionSentence(spec, results, modelName)
}

function calibrationSentence(results: RseResults): string {
  const calibration = results.calibration
  if (!calibration) return ''
  const { ceiling, floor } = calibration
  const greedy = calibration.referenceGreedy
    ? ` The reference answered at temperature 0, so its second answer was often its first again (${calibration.identicalSamples} of ${calibration.samplePairs} identical): the ceiling shows how the judge scores identical answers, not how much the reference varies.`
    : ` ${calibration.identicalSamples} of ${calibration.samplePairs} second reference answers were identical to the first.`
  return (
    `To place the scores on the judge's own scale we measured a ceiling, the reference model's second answer to each prompt judged against its first (mean ${score(ceiling.mean)}${interval(ceiling.ci)}), ` +
    `and a floor, each student's answer judged against the reference answer to another prompt of the same set (a seeded derangement), pooled over the students (mean ${score(floor.mean)}${interval(floor.ci)}); ` +
    `we report normalised RSE = (mean - floor) / (ceiling - floor) per set and its average over sets, with bootstrap intervals that resample each set's prompts once for the student's scores, the ceiling and the floor jointly.` +
    `${greedy} `
  )
}

function samplesSentence(spec: RseSpec, results: RseResults, modelName: ModelName): string {
  const samples = results.studentSamples ?? spec.studentSamples
  if (samples === undefined || samples < 2) return ''
  const spreads = results.students.flatMap((student) =>
    student.withinPromptSd === undefined ? [] : [`${modelName(student.alias)} ${student.withinPromptSd.toFixed(2)}`],
  )
  return (
    `Each student answered each prompt ${samples} times; every answer was judged and an item's score is the mean of its ${samples} scores (intervals still resample prompts).` +
    (spreads.length > 0 ? ` The mean within-prompt standard deviation of a student's scores was ${spreads.join(', ')}.` : '') +
    ' '
  )
}

function positionSentence(spec: RseSpec, results: RseResults, modelName: ModelName): string {
  const check = results.positionCheck
  if (!check) return ''
  const asked = spec.positionCheck === undefined ? '' : `${spec.positionCheck} `
  const shifts = check.judges.map(
    (judge) => `${modelName(judge.judge)} ${shiftText(judge)} over ${judge.items} items${judge.flagged ? ', so it favours one position' : ''}`,
  )
  const flagged = check.judges.some((judge) => judge.flagged)
  return (
    `To check for position bias, ${asked}judged (student, prompt) pairs drawn with the run's seed were judged again with the two answers' roles swapped; ` +
    `the mean score shift (swapped minus as asked, bootstrap 95% interval) was ${shifts.join('; ')}.` +
    (flagged ? '' : " No judge's interval excluded 0.") +
    ' '
  )
}
