import { ITEMS_PER_PAUSE, workMeter, type Steps } from '../../stats/steps'
import { ASPECTS, SCALES, type Aspect } from './parse/fields'

/** One judged item, as stored after parsing the judge's reply (METHOD.md 1.2-1.3). */
export interface JudgedItem {
  readonly studentId: string
  readonly setName: string
  readonly itemId: string
  /** The overall score (1-5), when the reply was usable. */
  readonly overall?: number
  readonly aspects?: Partial<Record<Aspect, number>>
  /** Why the item has no score (the parser's reason); such items count as failed. */
  readonly failed?: string
}

/** One student's items of one set, ready to aggregate: the scored ones' values, the failed ones counted by reason. */
export interface ItemGroup {
  readonly name: string
  /** Overall scores of the scored items, ordered by item id. */
  readonly scores: number[]
  readonly aspects: Record<Aspect, number[]>
  failed: number
  readonly failures: Map<string, number>
}

/**
 * Groups items by student, then set. Students keep their first-appearance order; sets follow
 * `setOrder`, then first appearance. Within a set, items are sorted by id (plain code-unit order, not
 * locale order, so every machine agrees), which makes the bootstrap independent of the order the
 * judgements arrived in. The same (student, set, item) twice is a bug upstream (a retried judgement
 * stored twice would weigh double) and throws.
 */
export function* groupItems(items: readonly JudgedItem[], setOrder: readonly string[]): Steps<{ studentId: string; sets: ItemGroup[] }[]> {
  const byStudent = new Map<string, Map<string, JudgedItem[]>>()
  const paused = workMeter(ITEMS_PER_PAUSE)
  for (const item of items) {
    if (paused(1)) yield
    const sets = byStudent.get(item.studentId) ?? new Map<string, JudgedItem[]>(setOrder.map((name) => [name, []]))
    byStudent.set(item.studentId, sets)
    const list = sets.get(item.setName) ?? []
    sets.set(item.setName, list)
    list.push(item)
  }
  const students: { studentId: string; sets: ItemGroup[] }[] = []
  for (const [studentId, sets] of byStudent) {
    const groups: ItemGroup[] = []
    for (const [name, list] of sets) {
      groups.push(toGroup(name, list))
      yield
    }
    students.push({ studentId, sets: groups })
  }
  return students
}

function toGroup(name: string, list: readonly JudgedItem[]): ItemGroup {
  const sorted = [...list].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0))
  const group: ItemGroup = { name, scores: [], aspects: { style: [], structure: [], content: [] }, failed: 0, failures: new Map() }
  sorted.forEach((item, i) => {
    if (i > 0 && sorted[i - 1]?.itemId === item.itemId) throw new Error(`Item "${item.itemId}" of set "${name}" for student "${item.studentId}" appears twice`)
    addItem(group, item)
  })
  return group
}

function addItem(group: ItemGroup, item: JudgedItem): void {
  const problem = item.failed ?? overallProblem(item.overall)
  if (problem !== undefined) {
    group.failed++
    group.failures.set(problem, (group.failures.get(problem) ?? 0) + 1)
    return
  }
  group.scores.push(item.overall as number)
  for (const aspect of ASPECTS) {
    const value = item.aspects?.[aspect]
    if (value !== undefined && Number.isFinite(value) && value >= SCALES[aspect].min && value <= SCALES[aspect].max) group.aspects[aspect].push(value)
  }
}

/** The parser never produces these; a stored row could. Counted as failed rather than averaged. */
function overallProblem(overall: number | undefined): string | undefined {
  if (overall === undefined) return 'no score recorded'
  if (!Number.isFinite(overall) || overall < SCALES.overall.min || overall > SCALES.overall.max) return `overall ${overall} is outside 1-5`
  return undefined
}
