import type { Field } from './fields'
import type { ScoreValue } from './score-value'

/** Where a score was found, in order of trust: the requested JSON block wins (see judge-parser.ts). */
export type Via = 'json' | 'tagged' | 'table' | 'fraction'

/** One score the judge wrote for one field, or a field it named but gave no readable number. */
export interface Candidate {
  readonly field: Field
  readonly via: Via
  /** undefined when the field was present but held no number ("overall": "high"). */
  readonly score: ScoreValue | undefined
  /** The value as written (or the matched text), for failure reasons. */
  readonly raw: string
}
