import { judgeSemanticsOf } from '../../../shared/ice/names'
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/contract/errors'
import type { JudgeCheckResult } from '../../../shared/contract/judge-check'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { RseItemRow, RseResults } from '../../../shared/contract/results'
import type { RseSpec, RunSpec } from '../../../shared/contract/run-spec'
import { isResumableStatus, type RunDetail, type RunEstimate, type RunProgress, type RunSummary } from '../../../shared/contract/runs'
import type { EventBus } from '../../core/event-bus'
import type { LlmClient } from '../../core/llm/llm-client'
import type { Logger } from '../../core/log'
import type { PromptSetService } from '../prompt-sets/prompt-set-service'
import { rseJudge } from '../../core/evaluators/rse/judge-adapter'
import { createRseExecutor } from '../../core/evaluators/rse/rse-executor'
import { buildRseItemRows, buildRseResults } from '../../core/evaluators/rse/rse-results'
import { createRunManager, specHash } from '../../core/runs/run-manager'
import { createIceExecutor } from '../../core/evaluators/ice/ice-executor'
import { resolveIceInputs, type IceLibraryPort } from '../../core/evaluators/ice/resolve-inputs'
import { checkIceJudge, checkRseJudge } from '../../core/judge-check/run-judge-check'
import { createIceRunsRepo } from '../../storage/repos/ice-runs'
import { createIceRunQueries } from './ice-run-queries'
import { checkRunInputs } from './check-run-inputs'
import { inputSourcesOf } from './input-sources'
import { createResultsMemo } from './results-memo'
import { importedVersions, modelVersionsOf } from './model-versions'
import { createRunPackages } from './run-packages'
import type { SpecModelRegistry } from '../models/spec-models'
import type { Db } from '../../storage/database'
import type { CallTotals, LlmCallsRepo } from '../../core/llm/call-records'
import { createRseResultsRepo } from '../../storage/repos/rse-results'
import { type RseItem } from '../../core/evaluators/rse/ports'
import { createRunsRepo } from '../../storage/repos/runs'
import { summaryOf, type RunRow } from '../../core/runs/ports'

export interface RunServiceDeps {
  readonly db: Db
  readonly events: EventBus
  readonly log: Logger
  readonly llm: LlmClient
  readonly models: SpecModelRegistry
  /** Loads (and, for a new file, stores and announces) the prompt sets a spec names. */
  readonly promptSets: Pick<PromptSetService, 'loadForRun' | 'checkForRun' | 'list'>
  readonly calls: LlmCallsRepo
  /** ICE's questions, seeds and identity facts. */
  readonly iceLibrary: IceLibraryPort
}

/** Runs as the app and the command line see them: start, follow, stop, resume, read results. */
export function createRunService(deps: RunServiceDeps) {
  const runs = createRunsRepo(deps.db)
  const results = createRseResultsRepo(deps.db)
  const iceRuns = createIceRunsRepo(deps.db)
  const lastProgress = new Map<string, RunProgress>()
  deps.events.attach((event, payload) => {
    if (event === 'runs.progress') lastProgress.set((payload as RunProgress).runId, payload as RunProgress)
  })

  async function loadItems(spec: RseSpec, baseDir: string | undefined): Promise<RseItem[]> {
    const items: RseItem[] = []
    for (const set of spec.promptSets) {
      const loaded = await deps.promptSets.loadForRun({ ...set, name: set.name }, { ...(baseDir ? { baseDir } : {}) })
      loaded.items.forEach((item, position) => items.push({ setName: set.name, itemId: item.id, position, prompt: item.prompt }))
    }
    return items
  }

  const manager = createRunManager({
    runs,
    events: deps.events,
    log: deps.log,
    executors: {
      rse: createRseExecutor({
        llm: deps.llm,
        results,
        judge: rseJudge,
        loadItems,
        prepareModel: (runId, alias, spec) => deps.models.prepare(runId, alias, spec.models[alias]!, { concurrency: spec.concurrency, ...(spec.endpoints ? { endpoints: spec.endpoints } : {}) }),
        releaseModels: (runId) => deps.models.release(runId),
        spentBefore: (runId) => deps.calls.totals({ runId }),
        emitProgress: (progress) => deps.events.emit('runs.progress', progress),
      }),
      ice: createIceExecutor({
        llm: deps.llm,
        repo: iceRuns,
        resolveInputs: (spec, baseDir) => resolveIceInputs(spec, baseDir, deps.iceLibrary),
        prepareModel: (runId, alias, spec) => deps.models.prepare(runId, alias, spec.models[alias]!, { concurrency: spec.concurrency, ...(spec.endpoints ? { endpoints: spec.endpoints } : {}) }),
        releaseModels: (runId) => deps.models.release(runId),
        spentBefore: (runId) => deps.calls.totals({ runId }),
        emitProgress: (progress) => deps.events.emit('runs.progress', progress),
      }),
    },
  })
  // A run the app was in the middle of when it stopped can be resumed, never trusted as running.
  runs.markInterrupted()

  const modelName = (spec: RunSpec) => (alias: string) => {
    try {
      return deps.models.describe(spec.models[alias]!).model
    } catch {
      return alias
    }
  }
  const mustGet = (id: string): RunRow => {
    const run = runs.get(id)
    if (!run) throw new AppError('not_found', 'This run no longer exists.')
    return run
  }
  const nameOf = (spec: RunSpec) => spec.name ?? (spec.kind === 'rse' ? `RSE: ${spec.students.join(', ')} vs ${spec.reference}` : `ICE: ${spec.target}`)
  const describe = (spec: RunSpec, alias: string) => ({ alias, ...deps.models.describe(spec.models[alias]!) })
  const rseMemo = createResultsMemo<RseResults>()
  const iceMemo = createResultsMemo<IceResults>()
  /** What the providers reported; an imported run's come from its package. */
  const versionsOfRun = (run: RunRow) => importedVersions(run) ?? modelVersionsOf(run.id, run.spec, deps.calls.versions(run.id))
  /** Calls made for a run; an imported run made none here, so its package's totals stand. */
  const callsOf = (run: RunRow): CallTotals => (run.manifest.imported as { calls?: CallTotals } | undefined)?.calls ?? deps.calls.totals({ runId: run.id })
  const ice = createIceRunQueries({ repo: iceRuns, callsOf, mustGet, modelName })
  const packages = createRunPackages({ db: deps.db, runs, rse: results, ice: iceRuns, models: deps.models, callsOf, mustGet, rseResults: (id) => service.rseResults(id), iceResults: (id) => service.iceResults(id), modelVersions: (run) => versionsOfRun(run),
    inputSources: (run) =>
      inputSourcesOf(run.spec, { promptSet: (id) => deps.promptSets.list().find((set) => set.id === id)?.sourceNote, iceSet: (id) => deps.iceLibrary.sourceNoteOf?.(id) }),
  })

  const service = {
    manager,
    list: (): RunSummary[] => runs.list().map(summaryOf),
    get(id: string): RunDetail {
      const run = mustGet(id)
      const progress = lastProgress.get(id)
      return { ...summaryOf(run), spec: run.spec, ...(progress ? { progress } : {}) }
    },
    async estimate(spec: RunSpec, baseDir: string | undefined): Promise<RunEstimate> {
      // An estimate for a spec that cannot run would be a promise the run then breaks.
      await checkRunInputs(deps, spec, baseDir)
      // Loaded on first use: the tokenizer alone is about 70 MB, which a run itself never needs.
      if (spec.kind === 'ice') {
        const inputs = await resolveIceInputs(spec, baseDir, deps.iceLibrary)
        const { estimateIce } = await import('../../core/evaluators/ice/estimate-ice')
        const { estimateIceJudgeCheck } = await import('../../core/judge-check/estimate-judge-check')
        const estimate = estimateIce(spec, inputs, { target: describe(spec, spec.target), helper: describe(spec, spec.helper), judge: describe(spec, spec.judge) })
        return { ...estimate, judgeCheck: estimateIceJudgeCheck(describe(spec, spec.judge), { fact: inputs.fact, vendors: inputs.vendors, semantics: judgeSemanticsOf(inputs), strict: spec.strict }) }
      }
      const items = await loadItems(spec, baseDir)
      const aliases = [spec.reference, ...spec.students, spec.judge]
      const { estimateRse } = await import('../../core/evaluators/rse/estimate')
      const { estimateRseJudgeCheck } = await import('../../core/judge-check/estimate-judge-check')
      return { ...estimateRse(spec, items, Object.fromEntries(aliases.map((alias) => [alias, describe(spec, alias)]))), judgeCheck: estimateRseJudgeCheck(describe(spec, spec.judge), spec.judgePrompt, spec.rubric) }
    },
    /** The judge check (issue 11 item 4): the run's judge on canned cases; preflight first, nothing stored but the calls. */
    async judgeCheck(spec: RunSpec, baseDir: string | undefined): Promise<JudgeCheckResult> {
      await checkRunInputs(deps, spec, baseDir)
      const checkId = `judge-check-${randomUUID()}`
      const prepared = deps.models.prepare(checkId, spec.judge, spec.models[spec.judge]!, { concurrency: spec.concurrency, ...(spec.endpoints ? { endpoints: spec.endpoints } : {}) })
      const judge = { alias: spec.judge, modelId: prepared.modelId, model: prepared.model }
      try {
        if (spec.kind === 'rse') return await checkRseJudge({ llm: deps.llm, judge }, rseJudge, spec.judgePrompt, spec.rubric)
        const inputs = await resolveIceInputs(spec, baseDir, deps.iceLibrary)
        return await checkIceJudge({ llm: deps.llm, judge }, { fact: inputs.fact, vendors: inputs.vendors, semantics: judgeSemanticsOf(inputs), strict: spec.strict })
      } finally {
        deps.models.release(checkId)
      }
    },
    start: (spec: RunSpec, baseDir: string | undefined): RunRow => manager.start(spec, baseDir, nameOf(spec)),
    /** The app's Start: preflight first, so a refused spec leaves no run row and costs nothing. */
    async startChecked(spec: RunSpec, baseDir: string | undefined): Promise<RunRow> {
      await checkRunInputs(deps, spec, baseDir)
      return manager.start(spec, baseDir, nameOf(spec))
    },
    /** Before starting: the files, sets and saved models the spec names exist and parse; stores nothing. */
    checkInputs: (spec: RunSpec, baseDir: string | undefined): Promise<void> => checkRunInputs(deps, spec, baseDir),
    /**
     * The command line: the unfinished run of this spec resumes, one that finished with failures asks
     * its failed calls again, and a cleanly completed one is reported again without any call.
     */
    startOrResume(spec: RunSpec, baseDir: string | undefined): { run: RunRow; resumed: boolean; retrying: boolean; alreadyComplete: boolean } {
      const previous = runs.latestForSpec(specHash(spec, baseDir))
      if (previous?.status === 'completed') return { run: previous, resumed: false, retrying: false, alreadyComplete: true }
      if (previous && isResumableStatus(previous.status)) {
        manager.resume(previous.id)
        const retrying = previous.status === 'completed_with_warnings' || previous.status === 'failed'
        return { run: runs.get(previous.id)!, resumed: true, retrying, alreadyComplete: false }
      }
      return { run: manager.start(spec, baseDir, nameOf(spec)), resumed: false, retrying: false, alreadyComplete: false }
    },
    ...ice,
    iceResults(id: string): IceResults {
      const run = mustGet(id)
      return iceMemo.get(run, () => ({ ...ice.iceResults(id), modelVersions: versionsOfRun(run) }))
    },
    rseResults(id: string): RseResults {
      const run = mustGet(id)
      if (run.kind !== 'rse') throw new AppError('invalid_input', 'This run is not an RSE run.')
      return rseMemo.get(run, () => ({ ...buildRseResults(run, results.judgments(id), modelName(run.spec), callsOf(run)), modelVersions: versionsOfRun(run) }))
    },
    rseItems(id: string, filter: { student?: string; set?: string; onlyFailed: boolean; offset: number; limit: number }): { total: number; rows: RseItemRow[] } {
      const run = mustGet(id)
      const spec = run.spec as RseSpec
      const students = filter.student ? spec.students.filter((alias) => alias === filter.student) : spec.students
      let rows = buildRseItemRows(results.items(id), results.answers(id), results.judgments(id), spec.reference, students)
      if (filter.set) rows = rows.filter((row) => row.setName === filter.set)
      if (filter.onlyFailed) rows = rows.filter((row) => row.judgment?.failedReason !== undefined || row.judgment === undefined)
      return { total: rows.length, rows: rows.slice(filter.offset, filter.offset + filter.limit) }
    },
  }
  return { ...service, ...packages }
}

export type RunService = ReturnType<typeof createRunService>
