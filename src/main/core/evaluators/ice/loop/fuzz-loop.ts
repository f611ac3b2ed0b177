import { createRng } from '../../../stats/prng'
import { suspectedVendors } from '../judges/suspected-vendors'
import { createPolicy } from '../policies/create-policy'
import { MUTATOR_NAMES, type TemplateNode } from '../types'
import { attackMutant, DEFAULT_TARGET_SYSTEM_PROMPT, type AttackContext } from './attack-step'
import { makeMutants, planMutation, type MutateContext } from './mutate-step'
import { initialSeeds } from './seed-pool'
import { checkStopLimits, stopReason } from './stop'
import { TemplatePool } from './template-pool'
import type { IceAttackRow, IceFuzzConfig, IceFuzzDeps, IceFuzzProgress, IceFuzzResult } from './types'

/**
 * The ICE fuzzing loop (METHOD.md 2.2): until a stop condition holds, select a node (policy),
 * mutate it (one mutator, `energy` helper calls), ask the target every question with each mutant,
 * judge every answer, then update the counters, the pool (preset's admission rule) and the policy.
 *
 * Determinism (METHOD.md 2.5): every random choice comes from `createRng(config.seed, stream)`, one
 * stream per purpose (seed pool, selection, mutation), and is made between model calls, never
 * depending on which reply arrives first. Same seed and same replies: same rows, same tree.
 * Re-running an interrupted run with a caching client replays it and sends only what is missing.
 */
export async function runIceFuzz(config: IceFuzzConfig, deps: IceFuzzDeps): Promise<IceFuzzResult> {
  checkConfig(config)
  const { preset } = config
  const rng = {
    pool: createRng(config.seed, 'ice', 'seed-pool'),
    select: createRng(config.seed, 'ice', 'select'),
    mutate: createRng(config.seed, 'ice', 'mutate'),
  }
  const pool = new TemplatePool(initialSeeds(config.seeds, preset, rng.pool))
  const policy = createPolicy(config.policy, rng.select, preset.mctsDenominator, config.policyParams)
  const mutators = config.mutators ?? MUTATOR_NAMES
  const call = (modelId: string, role: 'target' | 'helper' | 'judge') => ({
    modelId,
    signal: deps.signal,
    runId: deps.runId,
    maxConcurrent: deps.maxConcurrent,
    onCall: deps.onCall,
    ...(deps.onRequest ? { onRequest: (outcome: Parameters<NonNullable<IceFuzzDeps['onRequest']>>[1]) => deps.onRequest?.(role, outcome) } : {}),
  })
  const mutate: MutateContext = {
    llm: deps.llm,
    helper: call(deps.helperModelId, 'helper'),
    preset,
    pool,
    energy: config.energy ?? 1,
    ...(deps.replay ? { replay: deps.replay } : {}),
  }
  const attack = attackContext(config, deps, call)
  const rows: IceAttackRow[] = []
  let progress: IceFuzzProgress = { iteration: 0, queries: 0, successes: 0, rejects: 0, mutants: 0, poolSize: pool.size }
  let idle = 0
  deps.onSeeds?.([...pool.nodes])
  for (;;) {
    const reason = stopReason(config.stop, { ...progress, iterations: progress.iteration }, idle)
    if (reason !== undefined) return { rows, nodes: [...pool.nodes], pool: [...pool.memberIds], stopReason: reason, progress }
    deps.signal?.throwIfAborted()
    const iteration = progress.iteration + 1
    const parent = pool.nodeAt(policy.select(pool))
    const mutants = await makeMutants(mutate, parent, planMutation(preset, pool, mutators, rng.mutate, config.energy ?? 1), iteration)
    for (const mutant of mutants) deps.onNode?.(mutant)
    const attacked = await Promise.all(mutants.map((mutant) => attackMutant(attack, mutant, iteration)))
    const successes = attacked.map((mutantRows) => mutantRows.filter((row) => row.loose.verdict === 1).length)
    mutants.forEach((mutant, index) => admit(pool, mutant, successes[index] ?? 0, preset.poolAdmission))
    const total = successes.reduce((sum, value) => sum + value, 0)
    const queries = attacked.reduce((sum, mutantRows) => sum + mutantRows.length, 0)
    rows.push(...attacked.flat())
    policy.update(pool, { successes: total, mutants: mutants.length, questions: config.questions.length })
    idle = queries === 0 ? idle + 1 : 0
    progress = {
      iteration,
      queries: progress.queries + queries,
      successes: progress.successes + total,
      rejects: progress.rejects + queries - total,
      mutants: progress.mutants + mutants.length,
      poolSize: pool.size,
    }
    deps.onProgress?.(progress)
  }
}

/** METHOD.md 2.5: only mutants with a success join ("GPTFuzz original"), or every mutant. */
function admit(pool: TemplatePool, mutant: TemplateNode, successes: number, rule: IceFuzzConfig['preset']['poolAdmission']): void {
  if (mutant.helperError !== undefined) return
  if (rule === 'every-mutant' || successes > 0) pool.join(mutant)
}

function attackContext(config: IceFuzzConfig, deps: IceFuzzDeps, call: (modelId: string, role: 'target' | 'judge') => AttackContext['target']): AttackContext {
  const target = config.target ?? {}
  return {
    llm: deps.llm,
    target: call(deps.targetModelId, 'target'),
    judges: (deps.judgePanel && deps.judgePanel.length > 0 ? deps.judgePanel : [{ alias: deps.judgeModelId, modelId: deps.judgeModelId }]).map((judge) => ({
      alias: judge.alias,
      call: call(judge.modelId, 'judge'),
    })),
    preset: config.preset,
    judge: config.judge ?? 'distillscope',
    // The paper's prompts ask for <judge>/<rate> and go with the paper's reading of them.
    verdicts: config.verdicts ?? config.judge ?? 'distillscope',
    questions: config.questions,
    fact: config.fact,
    strictVendors: config.strict === false ? undefined : (config.strict?.vendors ?? suspectedVendors()),
    targetParams: {
      temperature: target.temperature ?? 0,
      systemPrompt: target.systemPrompt ?? DEFAULT_TARGET_SYSTEM_PROMPT,
      ...(target.maxTokens !== undefined ? { maxTokens: target.maxTokens } : {}),
    },
    ...(deps.onRow ? { onRow: deps.onRow } : {}),
    ...(deps.replay ? { replay: deps.replay } : {}),
  }
}

function checkConfig(config: IceFuzzConfig): void {
  checkStopLimits(config.stop)
  if (config.questions.length === 0) throw new RangeError('ICE needs at least one identity question')
  if (config.seeds.length === 0) throw new RangeError('ICE needs at least one seed template')
  if (config.fact.trim() === '') throw new RangeError("ICE needs the target's identity fact")
  const energy = config.energy ?? 1
  if (!Number.isInteger(energy) || energy < 1) throw new RangeError(`energy is a whole number >= 1, got ${energy}`)
  if (config.mutators !== undefined && config.mutators.length === 0) throw new RangeError('at least one mutator must be enabled')
}
