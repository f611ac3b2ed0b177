import { judgeSemanticsOf } from '../../../shared/ice/names'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { ModelVersions, RseResults } from '../../../shared/contract/results'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import type { RseSpec, RunSpec } from '../../../shared/contract/run-spec'
import { APP_NAME, APP_VERSION } from '../../core/app-meta'
import { judgePromptsFor, type SuspectedVendor } from '../../core/evaluators/ice'
import type { ChatRequest } from '../../core/llm/types'
import { rubricPrompt } from '../../core/evaluators/rse/judge-prompt'
import { specHash } from '../../core/runs/run-manager'
import { importPackage, type ImportPackageOptions } from '../../export/package/import-package'
import type { ModelRecord } from '../../export/package/package-format'
import type { PackageSource } from '../../export/package/package-source'
import { readPackage } from '../../export/package/read-package'
import { writePackage } from '../../export/package/write-package'
import type { SpecModelRegistry } from '../models/spec-models'
import type { Db } from '../../storage/database'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { CallTotals } from '../../core/llm/call-records'
import type { RseResultsRepo } from '../../core/evaluators/rse/ports'
import type { RseChecksRepo } from '../../core/evaluators/rse/checks/ports'
import type { RunRow, RunsRepo } from '../../core/runs/ports'
import { judgesOf } from '../../../shared/contract/judges-of'
import type { HumanRatingsRepo } from '../../storage/repos/human-ratings'

export interface RunPackagesDeps {
  readonly db: Db
  readonly runs: RunsRepo
  readonly rse: RseResultsRepo
  readonly rseChecks: RseChecksRepo
  readonly ice: IceRunsRepo
  readonly humanRatings: HumanRatingsRepo
  readonly models: Pick<SpecModelRegistry, 'inlineOf' | 'describe'>
  callsOf(run: RunRow): CallTotals
  mustGet(id: string): RunRow
  rseResults(id: string): RseResults
  iceResults(id: string): IceResults
  /** What each model's provider reported answering (issue 15 item 5). */
  modelVersions(run: RunRow): readonly ModelVersions[]
  /** Each input's source and licence (input-sources.ts). */
  inputSources(run: RunRow): Readonly<Record<string, string>>
}
const rolesOf = (spec: RunSpec): [string, string][] =>
  spec.kind === 'rse'
    ? [[spec.reference, 'reference'], ...spec.students.map((alias): [string, string] => [alias, 'student']), ...judgeRoles(spec)]
    : [[spec.target, 'target'], [spec.helper, 'helper'], ...judgeRoles(spec)]

const judgeRoles = (spec: RunSpec): [string, string][] => judgesOf(spec).map((alias) => [alias, 'judge'])

/** A judge request written out as the prompt it sends, placeholders kept, for the manifest. */
const promptText = (request: ChatRequest) => `${request.params.systemPrompt ?? ''}\n\n${request.messages.map((message) => message.content).join('\n\n')}`

/** Paper packages of runs: written from what is stored, read back as a new run with no model call. */
export function createRunPackages(deps: RunPackagesDeps) {
  function source(runId: string): PackageSource {
    const run = deps.mustGet(runId)
    const spec = {
      ...run.spec,
      models: Object.fromEntries(Object.entries(run.spec.models).map(([alias, model]) => [alias, deps.models.inlineOf(model)])),
    } as RunSpec
    const versions = deps.modelVersions(run)
    const models = rolesOf(spec).map(([alias, role]): ModelRecord => {
      const reported = versions.find((entry) => entry.alias === alias)?.versions ?? []
      const inline = deps.models.inlineOf(run.spec.models[alias]!)
      const described = deps.models.describe(run.spec.models[alias]!)
      return {
        alias,
        role,
        provider: inline.provider,
        kind: described.kind,
        model: described.model,
        ...(inline.baseURL ? { baseURL: inline.baseURL } : {}),
        parameters: { ...(inline.generation ?? {}) },
        prices: described.prices,
        simulated: described.simulated,
        ...(reported.length > 0 ? { reportedVersions: [...reported] } : {}),
      }
    })
    const humanRatings = deps.humanRatings.list(runId)
    const base = { run, spec, models, calls: deps.callsOf(run), inputSources: deps.inputSources(run), ...(humanRatings.length ? { humanRatings } : {}) }
    if (run.kind === 'rse') {
      return {
        ...base,
        rse: {
          items: deps.rse.items(runId),
          answers: deps.rse.answers(runId),
          judgments: deps.rse.judgments(runId),
          extraAnswers: deps.rseChecks.extraAnswers(runId),
          checkJudgments: deps.rseChecks.checkJudgments(runId),
          results: deps.rseResults(runId),
          judgePrompt: rubricPrompt((spec as RseSpec).rubric),
        },
      }
    }
    const inputs = deps.ice.inputs(runId)
    const vendors: SuspectedVendor[] = inputs?.vendors.map((vendor) => ({ vendor: vendor.vendor, series: vendor.series })) ?? []
    // The prompts the run's own judge semantics sent (issue 15): the paper's or ours.
    const prompts = judgePromptsFor(inputs ? judgeSemanticsOf(inputs) : 'distillscope')
    const judgePrompts = {
      loose: promptText(prompts.loose('{identity fact}', '{answer}')),
      ...((spec as IceSpec).strict ? { strict: promptText(prompts.strict(vendors, '{answer}')) } : {}),
    }
    return {
      ...base,
      ice: {
        inputs,
        nodes: deps.ice.nodes(runId),
        rows: deps.ice.rows(runId),
        state: deps.ice.state(runId),
        states: deps.ice.states(runId),
        results: deps.iceResults(runId),
        judgePrompts,
      },
    }
  }

  return {
    /** The run's paper package (zip bytes), with every figure (SVG, PDF) and table (LaTeX, CSV) it has. */
    async exportPackage(runId: string): Promise<Uint8Array> {
      const packaged = source(runId)
      const sources = { rse: packaged.rse ? [packaged.rse.results] : [], ice: packaged.ice ? [packaged.ice.results] : [] }
      // Loaded on first use: the canvas and chart libraries weigh on every process that opens the app's services.
      const { packageFigures } = await import('../../export/package/package-figures')
      return writePackage(packaged, { app: { name: APP_NAME, version: APP_VERSION }, extraFiles: await packageFigures(sources) })
    },
    /** Checks the whole package, then stores it as a new completed run. */
    importPackage(bytes: Uint8Array, fileName: string, options: ImportPackageOptions = {}): RunRow {
      const read = readPackage(bytes, fileName)
      return importPackage(
        {
          db: deps.db,
          runs: deps.runs,
          rse: deps.rse,
          rseChecks: deps.rseChecks,
          ice: deps.ice,
          humanRatings: deps.humanRatings,
          specHash: (spec) => specHash(spec, undefined),
        },
        read,
        fileName,
        options,
      )
    },
  }
}

export type RunPackages = ReturnType<typeof createRunPackages>
