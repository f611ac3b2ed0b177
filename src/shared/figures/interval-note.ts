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
  return [methods.has('two-way-cluster-bootstrap') ? bootstrap : '', methods.has('wilson') ? wilson : ''].filter(Boolean).join(' ')
}

/** Figure subtitles: what the whiskers are, briefly. */
export function iceWhiskerNote(sets: readonly IceScoreSet[]): string {
  const methods = new Set(sets.flatMap((set) => [set.loose, set.strict, set.hard].filter((rate) => rate.n > 0).map((rate) => rate.ciMethod)))
  if (methods.has('two-way-cluster-bootstrap'))
    return `whiskers: 95% ${CI_METHOD_LABELS['two-way-cluster-bootstrap']}${methods.has('wilson') ? '; Wilson where a group is all 0 or all 1' : ''}`
  return `whiskers: 95% ${CI_METHOD_LABELS.wilson}`
}
