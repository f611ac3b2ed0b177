import type { LlmClient } from '../../llm/llm-client'
import type { Prng } from '../../stats/prng'
import { assembleMutant, buildMutatorRequest } from '../mutators/mutate'
import type { IcePreset } from '../presets'
import type { MutatorName, TemplateNode } from '../types'
import { callModel, type CallContext } from './call-model'
import type { TemplatePool } from './template-pool'
import type { IceReplay } from './types'

export interface MutationPlan {
  readonly mutator: MutatorName
  /** Crossover's second template (METHOD.md 2.5: any pool node, or an initial seed). */
  readonly partner?: TemplateNode
}

/** METHOD.md 2.2 step 2: one mutator, uniformly at random; for crossover, its partner too. */
export function planMutation(preset: IcePreset, pool: TemplatePool, mutators: readonly MutatorName[], rng: Prng): MutationPlan {
  const mutator = rng.pick(mutators)
  if (mutator !== 'crossover') return { mutator }
  const choices = preset.crossoverPartner === 'initial-seed' ? pool.initialCount : pool.size
  return { mutator, partner: pool.nodeAt(rng.int(choices)) }
}

export interface MutateContext {
  readonly llm: Pick<LlmClient, 'chat'>
  readonly helper: CallContext
  readonly preset: IcePreset
  readonly pool: TemplatePool
  readonly energy: number
  readonly replay?: IceReplay
}

/**
 * The iteration's `energy` mutants of `parent`, one helper call each, nodes recorded in application
 * order so ids do not depend on which reply arrives first. Independent applications (GPTFuzz) are
 * called in parallel; chained ones ("As published") one after another, each on the mutant before
 * it. A failed call still makes a node, with `helperError` and no text.
 */
export async function makeMutants(context: MutateContext, parent: TemplateNode, plan: MutationPlan, iteration: number): Promise<TemplateNode[]> {
  const { preset, pool } = context
  const base = { level: parent.level + 1, parentId: parent.id, mutator: plan.mutator, iteration, ...(plan.partner ? { partnerId: plan.partner.id } : {}) }
  // Ids are handed out in order after the calls, so the i-th mutant will get firstId + i.
  const firstId = pool.nodes.length
  const apply = (text: string, sampleIndex: number) => {
    const request = buildMutatorRequest(plan.mutator, text, preset, { ...(plan.partner ? { partner: plan.partner.text } : {}), sampleIndex })
    return replayed(context.replay?.node(firstId + sampleIndex), base) ?? callModel(context.llm, context.helper, request)
  }
  const toNode = (reply: MutantReply, input: string): Omit<TemplateNode, 'id'> => {
    if ('stored' in reply) {
      const { helperError, helperErrorClass } = reply.stored
      return { ...base, text: reply.stored.text, ...(helperError !== undefined ? { helperError } : {}), ...(helperErrorClass !== undefined ? { helperErrorClass } : {}) }
    }
    if ('error' in reply) return { ...base, text: '', helperError: reply.error.message, helperErrorClass: reply.error.errorClass }
    return { ...base, text: assembleMutant(plan.mutator, reply.text, input, preset) }
  }
  if (preset.energyChain === 'independent' || context.energy === 1) {
    const replies = await Promise.all(Array.from({ length: context.energy }, (_, index) => apply(parent.text, index)))
    return replies.map((reply) => pool.add(toNode(reply, parent.text)))
  }
  const made: Omit<TemplateNode, 'id'>[] = []
  let input = parent.text
  for (let index = 0; index < context.energy; index += 1) {
    const before = made.at(-1)
    // A broken link ends the chain: the rest are failed nodes too (same class, so a resume asks again).
    if (before?.helperError !== undefined) {
      made.push({ ...base, text: '', helperError: 'Not made: the mutation it builds on failed.', ...(before.helperErrorClass !== undefined ? { helperErrorClass: before.helperErrorClass } : {}) })
      continue
    }
    const node = toNode(await apply(input, index), input)
    made.push(node)
    input = node.text
  }
  return made.map((node) => pool.add(node))
}

type MutantReply = { stored: TemplateNode } | Awaited<ReturnType<typeof callModel>>

/** A stored node stands in for the helper's call only if it is the same mutant (same parent, mutator, iteration, partner). */
function replayed(stored: TemplateNode | undefined, expected: Pick<TemplateNode, 'parentId' | 'mutator' | 'iteration' | 'partnerId'>): { stored: TemplateNode } | undefined {
  if (stored === undefined) return undefined
  const same = stored.parentId === expected.parentId && stored.mutator === expected.mutator && stored.iteration === expected.iteration && stored.partnerId === expected.partnerId
  return same ? { stored } : undefined
}
