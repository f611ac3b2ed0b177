import type { RunSpec } from '../../../../shared/contract/index'
import type { JudgesFile } from '../../../../shared/contract/judges-file'

/**
 * The judges file the dialog sends for the saved models picked (issue 13 item 3). A model the run
 * already names keeps its alias (the old judge on the new panel); any other gets "judge-N", never an
 * alias the run uses, since the server refuses an alias that would name another model.
 */
export function judgesFileFor(spec: Pick<RunSpec, 'models'>, modelIds: readonly string[]): JudgesFile {
  const models: Record<string, { modelId: string }> = {}
  const judges: string[] = []
  const taken = new Set(Object.keys(spec.models))
  let next = 1
  for (const modelId of modelIds) {
    const existing = Object.entries(spec.models).find(([, model]) => 'modelId' in model && model.modelId === modelId)?.[0]
    let alias = existing
    if (alias === undefined) {
      while (taken.has(`judge-${next}`)) next += 1
      alias = `judge-${next}`
      taken.add(alias)
    }
    models[alias] = { modelId }
    judges.push(alias)
  }
  return { models, judges }
}

/** What the dialog says the re-judge will send: one request per answer and judge, at most `maxPerAnswer` with follow-ups. */
export function judgeCallsText(answers: number, judges: number, maxPerAnswer: number): string {
  const calls = answers * judges
  const format = (value: number) => value.toLocaleString('en-US')
  if (judges === 0) return `Choose at least one judge. ${format(answers)} stored answers will be judged.`
  const most = calls * maxPerAnswer
  return `${format(answers)} stored answers × ${judges} judge${judges === 1 ? '' : 's'}: ${format(calls)} judge calls${most > calls ? ` (at most ${format(most)} when a verdict needs a follow-up question)` : ''}. No answer is generated again.`
}
