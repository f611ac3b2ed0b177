import type { VerdictValue } from './verdict-words'

/** What reading one judge reply gives: a verdict and the form it was written in, or why none could be read. */
export type VerdictReading = { readonly ok: true; readonly verdict: VerdictValue; readonly form: string } | { readonly ok: false; readonly reason: string }
