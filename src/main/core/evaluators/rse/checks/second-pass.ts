import type { RseSpec } from '../../../../../shared/contract/run-spec'
import type { PreparedModel } from '../../../llm/prepared-model'
import { forEachBounded } from '../../../runs/bounded-each'
import type { JudgedUnit } from '../executor-store'
import type { RseItem } from '../ports'
import { floorPairs, pairKey, swapUnits } from './check-plan'

/** A call's outcome as the executor keeps it: the text, or why there is none. */
export type Outcome = { text: string; costUsd?: number; cached?: boolean; cacheKey?: string } | { error: string; message: string }

export interface SecondPassDeps {
  readonly spec: RseSpec
  readonly items: readonly RseItem[]
  readonly reference: PreparedModel
  readonly students: readonly PreparedModel[]
  readonly lookAhead: number
  answer(model: PreparedModel, item: RseItem, role: string, sample?: number): Promise<Outcome>
  judgeUnit(unit: JudgedUnit, question: string, reference: Outcome, candidateOf: () => Promise<Outcome>): Promise<void>
}

/**
 * Issue 16's checks that need answers to other prompts, done once every prompt has its answers
 * (which are then read back from storage, never sent again):
 * - the floor: for each prompt, each student's answer to its paired prompt (check-plan.ts) judged against
 *   the reference's answer to this one, asked as this prompt's question;
 * - the position check: sampled (student, prompt) pairs judged with the roles swapped, the student's
 *   answer in the reference's place and the reference's answer as the candidate.
 */
export async function runSecondPass(deps: SecondPassDeps): Promise<void> {
  await forEachBounded(secondPassUnits(deps), deps.lookAhead, (unit) => unit())
}

/** The second pass's judgements, made one by one as the bounded loop takes them (nothing queued up front). */
function* secondPassUnits(deps: SecondPassDeps): Generator<() => Promise<void>> {
  const { spec, items, reference } = deps
  const seed = spec.seed ?? 0
  const byKey = new Map(items.map((item) => [pairKey(item.setName, item.itemId), item]))
  if (spec.calibration) {
    const pairs = floorPairs(items, seed)
    for (const item of items) {
      const paired = byKey.get(pairKey(item.setName, pairs.get(pairKey(item.setName, item.itemId)) ?? ''))
      if (!paired) continue
      for (const student of deps.students)
        yield async () =>
          deps.judgeUnit(
            { kind: 'floor', studentAlias: student.alias, setName: item.setName, itemId: item.itemId, sample: 0, pairedItem: paired.itemId },
            item.prompt,
            await deps.answer(reference, item, 'reference'),
            () => deps.answer(student, paired, 'student'),
          )
    }
  }
  if (spec.positionCheck !== undefined) {
    const byAlias = new Map(deps.students.map((student) => [student.alias, student]))
    for (const { student, item } of swapUnits(items, spec.students, spec.positionCheck, seed))
      yield async () =>
        deps.judgeUnit(
          { kind: 'swap', studentAlias: student, setName: item.setName, itemId: item.itemId, sample: 0 },
          item.prompt,
          await deps.answer(byAlias.get(student)!, item, 'student'),
          () => deps.answer(reference, item, 'reference'),
        )
  }
}
