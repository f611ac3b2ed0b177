import type { PaperJudgeRuns } from '../../services/ice-library/paper-judge-runs'
import type { Handlers } from '../router'

/** Judge against the paper's judge from the Identity page; input arrives validated by the router. */
export function paperJudgeCheckHandlers(runs: PaperJudgeRuns): Pick<Handlers, 'ice.paperJudge.run' | 'ice.paperJudge.cancel'> {
  return {
    'ice.paperJudge.run': (input) => runs.run(input),
    'ice.paperJudge.cancel': ({ checkId }) => runs.cancel(checkId),
  }
}
