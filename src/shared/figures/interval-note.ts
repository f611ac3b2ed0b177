import { CI_METHOD_LABELS, type CiMethod, type IceScoreSet } from '../contract/ice-results'

/**
 * The sentence under an ICE table or figure that says how its intervals were made (issue 14: every
 * interval names its method). Wilson appears only where a group's rows were all 0 or all 1, so the
 * note says why when it does.
 */
export function iceIntervalNote(sets: readonly IceScoreSet[]): string {
  const methods = new Set<CiMethod>(sets.flatMap((set) => [set.loose, set.strict, set.hard].filter((rate) => rate.n > 0).map((rate) => rate.ciMethod)))
  const bootstrap =
    'Intervals: 95% two-way cluster bootstrap, resampling templates and questions (the rows are templates x questions, not independent draws; seeded).'
  const wilson = `${methods.has('two-way-cluster-bootstrap') ? 'Where every row of a group is 0 (or 1) the bootstrap shows no spread, so the interval there is' : 'Intervals:'} 95% ${CI_METHOD_LABELS.wilson}.`
  return [
    methods.has('replicates-combined') ? REPLICATES_NOTE : '',
    methods.has('two-way-cluster-bootstrap') ? bootstrap : '',
    methods.has('wilson') ? wilson : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** How a run of several fuzzing replicates' headline interval is made (issue 16, docs/statistics.md). */
export const REPLICATES_NOTE =
  "The overall rates are the mean over the fuzzing replicates; their 95% interval combines both sources of variation: half-widths sqrt(h^2 + s^2) around the mean, h the widest replicate's own half-width and s the between-replicate standard deviation, clipped to [0, 1] and widened to cover every replicate's own interval."

/** Figure subtitles: what the whiskers are, briefly. */
export function iceWhiskerNote(sets: readonly IceScoreSet[]): string {
  const methods = new Set(sets.flatMap((set) => [set.loose, set.strict, set.hard].filter((rate) => rate.n > 0).map((rate) => rate.ciMethod)))
  if (methods.has('replicates-combined')) return 'whiskers: 95% intervals; overall: replicates combined (their own intervals and the spread between them)'
  if (methods.has('two-way-cluster-bootstrap'))
    return `whiskers: 95% ${CI_METHOD_LABELS['two-way-cluster-bootstrap']}${methods.has('wilson') ? '; Wilson where a group is all 0 or all 1' : ''}`
  return `whiskers: 95% ${CI_METHOD_LABELS.wilson}`
}
