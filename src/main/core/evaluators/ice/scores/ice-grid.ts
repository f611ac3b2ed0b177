import { ITEMS_PER_PAUSE, runToEnd, workMeter, type Steps } from '../../../stats/steps'

/**
 * Where each attack row sits in the templates x questions grid (METHOD.md 2.2: 20 mutants x 50
 * questions), so the interval can resample templates and questions rather than rows (issue 14).
 * Templates and questions are numbered in first-seen order. A second row for a (template,
 * question) pair already taken, for instance two mutants whose text came out identical in an
 * imported log keyed by text, starts another instance of that template: every row keeps its cell.
 */
export interface GridPosition {
  readonly template: string
  readonly question: string
}

export interface RowGrid {
  readonly templates: number
  readonly questions: number
  /** Per row, its cell's index in a row-major templates x questions array. */
  readonly cellOfRow: Uint32Array
  /** The templates in grid order (text or id, with its instance number when repeated). */
  readonly templateKeys: readonly string[]
}

/**
 * `questionIndex`: a numbering of questions shared with other grids (several logs compared on the
 * same questions); questions not in it are added to it.
 */
export function gridOf(positions: readonly GridPosition[], questionIndex = new Map<string, number>()): RowGrid {
  return runToEnd(gridOfSteps(positions, questionIndex))
}

/** `gridOf` with pause points (stats/steps). */
export function* gridOfSteps(positions: readonly GridPosition[], questionIndex = new Map<string, number>()): Steps<RowGrid> {
  const paused = workMeter(ITEMS_PER_PAUSE)
  const templateIndex = new Map<string, number>()
  const taken = new Set<string>()
  const placed: [number, number][] = []
  for (const { template, question } of positions) {
    if (paused(1)) yield
    if (!questionIndex.has(question)) questionIndex.set(question, questionIndex.size)
    const q = questionIndex.get(question) as number
    let instance = 0
    while (taken.has(`${instance}\u0000${template}\u0000${q}`)) instance++
    taken.add(`${instance}\u0000${template}\u0000${q}`)
    const templateKey = `${instance}\u0000${template}`
    if (!templateIndex.has(templateKey)) templateIndex.set(templateKey, templateIndex.size)
    placed.push([templateIndex.get(templateKey) as number, q])
  }
  const questions = questionIndex.size
  return {
    templates: templateIndex.size,
    questions,
    cellOfRow: Uint32Array.from(placed, ([t, q]) => t * questions + q),
    templateKeys: [...templateIndex.keys()],
  }
}
