import { AppError } from '../../../shared/contract/errors'
import type { PaperJudgeCheckResult } from '../../../shared/contract/paper-judge-check'
import type { ParsedInput } from '../../../shared/contract/index'
import type { EventBus } from '../../core/event-bus'
import type { PaperJudgeCheck } from './paper-judge-check'

type RunInput = ParsedInput<'ice.paperJudge.run'>

/**
 * The app's checks against the paper's judge (issue 13 item 5), each under the id the page chose:
 * progress as events, Cancel through its own route. Saved models are the judges, named j1, j2 ...
 * in the judges file the check is given (the report names each by its model).
 */
export function createPaperJudgeRuns(deps: { readonly check: PaperJudgeCheck; readonly events: Pick<EventBus, 'emit'> }) {
  const running = new Map<string, AbortController>()
  return {
    async run(input: RunInput): Promise<PaperJudgeCheckResult> {
      if (running.has(input.checkId)) throw new AppError('conflict', 'This check is already running.')
      const controller = new AbortController()
      running.set(input.checkId, controller)
      const aliases = input.judges.map((_, index) => `j${index + 1}`)
      try {
        return await deps.check({
          attackLog: input.attackLog,
          ...(input.strictCsv ? { strictCsv: input.strictCsv } : {}),
          judges: { models: Object.fromEntries(aliases.map((alias, index) => [alias, { modelId: input.judges[index]! }])), judges: aliases },
          fact: input.fact,
          sample: input.sample,
          ...(input.seed !== undefined ? { seed: input.seed } : {}),
          signal: controller.signal,
          onProgress: (done, total) => deps.events.emit('ice.paperJudge.progress', { checkId: input.checkId, done, total }),
        })
      } catch (error) {
        if (controller.signal.aborted) throw new AppError('conflict', 'The check was cancelled; its calls so far are cached, so running it again reuses them.')
        throw error
      } finally {
        running.delete(input.checkId)
      }
    },
    cancel(checkId: string): { cancelled: boolean } {
      const controller = running.get(checkId)
      controller?.abort()
      return { cancelled: controller !== undefined }
    },
  }
}

export type PaperJudgeRuns = ReturnType<typeof createPaperJudgeRuns>
