import { rubricPrompt } from '../../core/evaluators/rse/judge-prompt'
import { safeFileStem } from '../../export/file-names'
import type { PreflightService } from '../../services/runs/preflight-service'
import type { ResultsService } from '../../services/runs/results-service'
import type { RunPackages } from '../../services/runs/run-packages'
import type { RunService } from '../../services/runs/run-service'
import type { RejudgeService } from '../../services/runs/rejudge-service'
import type { Handlers } from '../router'

type RunRoutes =
  | 'runs.defaultJudgePrompt'
  | 'runs.list'
  | 'runs.get'
  | 'runs.estimate'
  | 'runs.judgeCheck'
  | 'runs.start'
  | 'runs.rejudge'
  | 'runs.pause'
  | 'runs.resume'
  | 'runs.cancel'
  | 'runs.delete'
  | 'runs.exportPackage'
  | 'runs.importPackage'
  | 'results.rse'
  | 'results.rseItems'
  | 'results.ice'
  | 'results.iceRows'
  | 'results.iceTree'
  | 'results.iceTemplate'

export interface RunHandlerServices {
  readonly runs: RunService
  readonly results: ResultsService
  readonly preflight: PreflightService
  readonly packages: RunPackages
  readonly rejudge: RejudgeService
}

export function runHandlers({ runs, results, preflight, packages, rejudge }: RunHandlerServices): Pick<Handlers, RunRoutes> {
  return {
    'runs.defaultJudgePrompt': (input) => rubricPrompt(input?.rubric),
    'runs.list': () => runs.list(),
    'runs.get': ({ id }) => runs.get(id),
    'runs.estimate': ({ spec, baseDir }) => preflight.estimate(spec, baseDir),
    'runs.judgeCheck': ({ spec, baseDir }) => preflight.judgeCheck(spec, baseDir),
    'runs.start': async ({ spec, baseDir }) => ({ runId: (await runs.startChecked(spec, baseDir)).id }),
    'runs.rejudge': async ({ id, judges }) => ({ runId: (await rejudge.rejudge(id, judges)).id }),
    'runs.pause': ({ id }) => runs.manager.pause(id),
    'runs.resume': ({ id, budgetUsd }) => runs.manager.resume(id, budgetUsd),
    'runs.cancel': ({ id }) => runs.manager.cancel(id),
    'runs.delete': ({ id }) => {
      runs.manager.remove(id)
      return { deleted: true as const }
    },
    'runs.exportPackage': async ({ id }) => {
      const run = runs.get(id)
      return { fileName: packageFileName(run.name, run.id), base64: Buffer.from(await packages.exportPackage(id)).toString('base64') }
    },
    'runs.importPackage': ({ fileName, base64, acceptModified }) => ({
      runId: packages.importPackage(Buffer.from(base64, 'base64'), fileName, { acceptModified }).id,
    }),
    'results.rse': ({ runId }) => results.rseResults(runId),
    'results.rseItems': ({ runId, ...filter }) => results.rseItems(runId, filter),
    'results.ice': ({ runId }) => results.iceResults(runId),
    'results.iceRows': ({ runId, ...filter }) => results.iceRows(runId, filter),
    'results.iceTree': ({ runId, replicate }) => results.iceTree(runId, replicate),
    'results.iceTemplate': ({ runId, nodeId, replicate }) => results.iceTemplate(runId, nodeId, replicate),
  }
}

/** A file name a person recognises: the run's name, made safe for every file system, and its id. */
export function packageFileName(name: string, id: string): string {
  return `${safeFileStem(name) || 'run'}-${id}-package.zip`
}
