import { MAX_COMPARED_RUNS } from './compare-url'

/** Why the button does what it does, or why it does nothing yet. */
export function selectionHint(count: number): string {
  if (count === 0) return 'Tick two or more runs to compare them side by side (RSE and ICE runs may be mixed).'
  if (count === 1) return 'Tick at least one more run to compare.'
  if (count >= MAX_COMPARED_RUNS) return `${count} runs selected, the most that can be compared at a time.`
  return `${count} runs selected.`
}
