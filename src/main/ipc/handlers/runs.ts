import { rubricPrompt } from '../../core/evaluators/rse/judge-prompt'
import { safeFileStem } from '../../export/file-names'
import type { RunService } from '../../services/runs/run-service'
import type { Handlers } from '../router'

type RunRoutes = 'runs.defaultJudgePrompt' | 'runs.list' | 'runs.get' | 'runs.estimate' | 'runs.judgeCheck' | 'runs.start' | 'runs.pause' | 'runs.resume' | 'runs.cancel' | 'runs.delete' | 'runs.exportPackage' | 'runs.importPackage' | 'results.rse' | 'results.rseItems' | 'results.ice' | 'results.iceRows' | 'results.iceTemplate'

export function runHandlers(service: RunService): Pick<Handlers, RunRoutes> {
  return {
    'runs.defaultJudgePrompt': (input) => rubricPrompt(input?.rubric),
    'runs.list': () => service.list(),
    'runs.get': ({ id }) => service.get(id),
    'runs.estimate': ({ spec, baseDir }) => service.estimate(spec, baseDir),
    'runs.judgeCheck': ({ spec, baseDir }) => service.judgeCheck(spec, baseDir),
    'runs.start': async ({ spec, baseDir }) => ({ runId: (await service.startChecked(spec, baseDir)).id }),
    'runs.pause': ({ id }) => service.manager.pause(id),
    'runs.resume': ({ id, budgetUsd }) => service.manager.resume(id, budgetUsd),
    'runs.cancel': ({ id }) => service.manager.cancel(id),
    'runs.delete': ({ id }) => {
      service.manager.remove(id)
      return { deleted: true as const }
    },
    'runs.exportPackage': async ({ id }) => {
      const run = service.get(id)
      return { fileName: packageFileName(run.name, run.id), base64: Buffer.from(await service.exportPackage(id)).toString('base64') }
    },
    'runs.importPackage': ({ fileName, base64, acceptModified }) => ({ runId: service.importPackage(Buffer.from(base64, 'base64'), fileName, { acceptModified }).id }),
    'results.rse': ({ runId }) => service.rseResults(runId),
    'results.rseItems': ({ runId, ...filter }) => service.rseItems(runId, filter),
    'results.ice': ({ runId }) => service.iceResults(runId),
    'results.iceRows': ({ runId, ...filter }) => service.iceRows(runId, filter),
    'results.iceTemplate': ({ runId, nodeId }) => service.iceTemplate(runId, nodeId),
  }
}

/** A file name a person recognises: the run's name, made safe for every file system, and its id. */
export function packageFileName(name: string, id: string): string {
  return `${safeFileStem(name) || 'run'}-${id}-package.zip`
}
