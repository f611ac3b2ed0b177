import { ITEMS_PER_PAUSE, workMeter, type Steps } from '../../../stats/steps'
import type { JudgedItem } from '../aggregate'
import { ASPECTS } from '../parse/fields'
import { panelScore } from '../panel-score'
import type { RseCheckScore } from './ports'
import { meanOrUndefined, sampleStandardDeviation } from '../../../stats/summary'

const keyOf = (item: Pick<JudgedItem, 'studentId' | 'setName' | 'itemId'>) => `${item.studentId}\u0000${item.setName}\u0000${item.itemId}`
const readable = (item: JudgedItem): item is JudgedItem & { overall: number } => item.failed === undefined && item.overall !== undefined

/**
 * Issue 16 item 2: a student's further samples of a prompt folded into the prompt's item, whose
 * score becomes the mean over its samples' readable scores (each sample's score being the panel's,
 * or one judge's for `judge`). The bootstrap then resamples prompts with their sample means, which
 * carries the samples' spread into the interval: a prompt's mean varies with the samples drawn, and
 * resampling the first-stage units (prompts) is the standard bootstrap of a two-stage design.
 * Also returns, per student, the mean over prompts of the standard deviation of its samples' scores.
 */
export function* withSamplesSteps(
  items: readonly JudgedItem[],
  checks: readonly RseCheckScore[],
  judge?: string,
): Steps<{ items: JudgedItem[]; withinSd: Map<string, number> }> {
  const extras = new Map<string, JudgedItem[]>()
  const paused = workMeter(ITEMS_PER_PAUSE)
  let group: RseCheckScore[] = []
  const close = () => {
    const first = group[0]
    if (first) {
      const score = panelScore(group)
      const item: JudgedItem = {
        studentId: first.studentAlias,
        setName: first.setName,
        itemId: first.itemId,
        ...(score.overall !== undefined ? { overall: score.overall } : {}),
        aspects: { style: score.style, structure: score.structure, content: score.content },
        ...(score.failedReason ? { failed: score.failedReason } : {}),
      }
      const list = extras.get(keyOf(item)) ?? []
      list.push(item)
      extras.set(keyOf(item), list)
    }
    group = []
  }
  for (const check of checks) {
    if (check.kind !== 'sample' || (judge !== undefined && check.judgeAlias !== judge)) continue
    const first = group[0]
    if (
      first &&
      (first.studentAlias !== check.studentAlias || first.setName !== check.setName || first.itemId !== check.itemId || first.sample !== check.sample)
    )
      close()
    group.push(check)
    if (paused(1)) yield
  }
  close()
  const sds = new Map<string, number[]>()
  const merged = items.map((item) => {
    const samples = [item, ...(extras.get(keyOf(item)) ?? [])]
    const scored = samples.filter(readable)
    if (scored.length >= 2) {
      const list = sds.get(item.studentId) ?? []
      list.push(sampleStandardDeviation(scored.map((sample) => sample.overall)))
      sds.set(item.studentId, list)
    }
    if (scored.length === 0) return item
    const aspects = Object.fromEntries(ASPECTS.map((aspect) => [aspect, meanOrUndefined(present(scored.map((sample) => sample.aspects?.[aspect])))]))
    return { ...item, overall: meanOrUndefined(scored.map((sample) => sample.overall))!, aspects, failed: undefined }
  })
  const withinSd = new Map([...sds].map(([student, list]) => [student, list.reduce((a, b) => a + b, 0) / list.length]))
  return { items: merged.map(({ failed, ...rest }) => (failed === undefined ? rest : { ...rest, failed })), withinSd }
}

const present = (values: readonly (number | undefined)[]) => values.filter((value): value is number => value !== undefined)
