import { randomUUID } from 'node:crypto'
import type { JudgePanelCheckResult } from '../../../shared/contract/judge-check'
import type { RunSpec } from '../../../shared/contract/run-spec'
import type { RunEstimate } from '../../../shared/contract/runs'
import { judgeSemanticsOf } from '../../../shared/ice/names'
import { resolveIceInputs, type IceLibraryPort } from '../../core/evaluators/ice/resolve-inputs'
import { rseJudge } from '../../core/evaluators/rse/judge-adapter'
import type { LoadRunItems } from '../../core/evaluators/rse/ports'
import { checkJudgePanel } from '../../core/judge-check/check-panel'
import { checkIceJudge, checkRseJudge } from '../../core/judge-check/run-judge-check'
import type { LlmClient } from '../../core/llm/llm-client'
import type { SpecModelRegistry } from '../models/spec-models'
import type { PromptSetService } from '../prompt-sets/prompt-set-service'
import { checkRunInputs } from './check-run-inputs'
import { judgesOf } from '../../../shared/contract/judges-of'
import { specAffinityMessages } from '../../../shared/providers/judge-affinity'

export interface PreflightServiceDeps {
  readonly llm: LlmClient
  readonly models: SpecModelRegistry
  readonly promptSets: Pick<PromptSetService, 'checkForRun'>
  readonly iceLibrary: IceLibraryPort
  readonly loadItems: LoadRunItems
}

/** Before a run: its inputs checked, its cost estimated, every judge of its panel tried on canned cases; no run row. */
export function createPreflightService(deps: PreflightServiceDeps) {
  const describe = (spec: RunSpec, alias: string) => ({ alias, ...deps.models.describe(spec.models[alias]!) })
  /** The judge-affinity warnings of every judge on the panel (judge-affinity.ts): the wizard and the command line word them the same. */
  const affinityWarnings = (spec: RunSpec) => specAffinityMessages(spec, judgesOf(spec), (alias) => describe(spec, alias).model)
  return {
    /** The files, sets and saved models the spec names exist and parse; stores nothing. */
    checkInputs: (spec: RunSpec, baseDir: string | undefined): Promise<void> => checkRunInputs(deps, spec, baseDir),
    /** What the command line prints before a run starts: the same affinity warnings as the estimate. Call after checkInputs. */
    affinityWarnings,
    async estimate(spec: RunSpec, baseDir: string | undefined): Promise<RunEstimate> {
      // An estimate for a spec that cannot run would be a promise the run then breaks.
      await checkRunInputs(deps, spec, baseDir)
      // Loaded on first use: the tokenizer alone is about 70 MB, which a run itself never needs.
      const { estimateIceJudgeCheck, estimateRseJudgeCheck } = await import('../../core/judge-check/estimate-judge-check')
      // Every judge described (a judge that cannot be is refused here, not mid-run); the check prices each.
      const judges = judgesOf(spec).map((alias) => describe(spec, alias))
      const lead = judges[0]!
      if (spec.kind === 'ice') {
        const inputs = await resolveIceInputs(spec, baseDir, deps.iceLibrary)
        const { estimateIce } = await import('../../core/evaluators/ice/estimate-ice')
        const estimate = estimateIce(spec, inputs, { target: describe(spec, spec.target), helper: describe(spec, spec.helper), judge: lead, judges })
        // Each warning once, whichever part found it.
        const warnings = [...new Set([...estimate.warnings, ...affinityWarnings(spec)])]
        return {
          ...estimate,
          warnings,
          judgeCheck: estimateIceJudgeCheck(judges, {
            fact: inputs.fact,
            vendors: inputs.vendors,
            semantics: judgeSemanticsOf(inputs),
            strict: spec.strict,
          }),
        }
      }
      const items = await deps.loadItems(spec, baseDir)
      const aliases = [...new Set([spec.reference, ...spec.students, ...judgesOf(spec)])]
      const { estimateRse } = await import('../../core/evaluators/rse/estimate')
      const estimate = estimateRse(spec, items, Object.fromEntries(aliases.map((alias) => [alias, describe(spec, alias)])))
      return { ...estimate, judgeCheck: estimateRseJudgeCheck(judges, spec.judgePrompt, spec.rubric) }
    },
    /**
     * The judge check (issue 11 item 4): every judge of the panel on canned cases, at once, each under the
     * run's prompts and reading and at its own prices; preflight first, nothing stored but the calls.
     */
    async judgeCheck(spec: RunSpec, baseDir: string | undefined): Promise<JudgePanelCheckResult> {
      await checkRunInputs(deps, spec, baseDir)
      const checkId = `judge-check-${randomUUID()}`
      try {
        const judges = judgesOf(spec).map((alias) => {
          const prepared = deps.models.prepareForSpec(checkId, alias, spec)
          return { alias, modelId: prepared.modelId, model: prepared.model }
        })
        if (spec.kind === 'rse')
          return await checkJudgePanel(judges, (judge) => checkRseJudge({ llm: deps.llm, judge }, rseJudge, spec.judgePrompt, spec.rubric))
        const inputs = await resolveIceInputs(spec, baseDir, deps.iceLibrary)
        const run = { fact: inputs.fact, vendors: inputs.vendors, semantics: judgeSemanticsOf(inputs), strict: spec.strict }
        return await checkJudgePanel(judges, (judge) => checkIceJudge({ llm: deps.llm, judge }, run))
      } finally {
        deps.models.release(checkId)
      }
    },
  }
}

export type PreflightService = ReturnType<typeof createPreflightService>
