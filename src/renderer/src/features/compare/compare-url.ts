import { RESULTS_PATH } from '../../lib/runs/paths'

/*
 * The comparison's address, `#/results/compare?runs=ID,ID,…`: the chosen runs live in the URL, so
 * a comparison can be bookmarked, shared with a colleague on the same data, or reloaded. No React
 * here, so it is unit-tested in Node.
 */

/** More columns than this would not fit a screen or a paper's table. */
export const MAX_COMPARED_RUNS = 20

export const COMPARE_PATH = `${RESULTS_PATH}/compare`

/** The results page with these runs ticked, to change a comparison's selection. */
export const SELECT_PARAM = 'select'

/** Run ids are short base64url strings (storage/repos/ids.ts); the routes accept up to 64 characters. */
const RUN_ID = /^[A-Za-z0-9_-]{1,64}$/

export interface ComparedIds {
  /** Well-formed, distinct ids in the order given, at most MAX_COMPARED_RUNS. */
  readonly ids: readonly string[]
  /** Entries that cannot be a run id (too long, other characters), shortened for display. */
  readonly malformed: readonly string[]
  /** How many well-formed ids were left out beyond MAX_COMPARED_RUNS. */
  readonly dropped: number
}

/** Reads `runs=a,b,c` as a person may have edited it: trimmed, empty entries and repeats ignored, capped. */
export function parseRunIds(param: string | null): ComparedIds {
  const entries = (param ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const valid = [...new Set(entries.filter((entry) => RUN_ID.test(entry)))]
  const malformed = [...new Set(entries.filter((entry) => !RUN_ID.test(entry)))].map((entry) => (entry.length > 40 ? `${entry.slice(0, 39)}…` : entry))
  return { ids: valid.slice(0, MAX_COMPARED_RUNS), malformed, dropped: Math.max(0, valid.length - MAX_COMPARED_RUNS) }
}

/** The comparison of these runs. Ids are base64url, so they need no escaping beside the commas. */
export function comparePath(ids: readonly string[]): string {
  return `${COMPARE_PATH}?runs=${ids.map(encodeURIComponent).join(',')}`
}

/** The results list with these runs already ticked. */
export function selectPath(ids: readonly string[]): string {
  return ids.length === 0 ? RESULTS_PATH : `${RESULTS_PATH}?${SELECT_PARAM}=${ids.map(encodeURIComponent).join(',')}`
}
