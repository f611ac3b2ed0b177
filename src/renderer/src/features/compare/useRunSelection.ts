import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { MAX_COMPARED_RUNS, parseRunIds, SELECT_PARAM } from './compare-url'

export interface RunSelectionState {
  /** Ticked runs among those listed, in the order they were ticked (the comparison's column order). */
  readonly selected: readonly string[]
  readonly toggle: (id: string) => void
  readonly clear: () => void
  readonly full: boolean
}

/**
 * The runs ticked on the Results page. It starts from `?select=` (the comparison's "Change the
 * selection" link), and only runs still in the list count, so a deleted run is never compared.
 */
export function useRunSelection(listed: readonly string[]): RunSelectionState {
  const [params] = useSearchParams()
  const [ticked, setTicked] = useState<readonly string[]>(() => parseRunIds(params.get(SELECT_PARAM)).ids)
  const selected = ticked.filter((id) => listed.includes(id))
  const full = selected.length >= MAX_COMPARED_RUNS
  return {
    selected,
    full,
    toggle: (id) =>
      setTicked((current) => {
        if (current.includes(id)) return current.filter((other) => other !== id)
        const stillListed = current.filter((other) => listed.includes(other))
        return stillListed.length >= MAX_COMPARED_RUNS ? current : [...stillListed, id]
      }),
    clear: () => setTicked([]),
  }
}
