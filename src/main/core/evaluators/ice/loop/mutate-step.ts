import type { LlmClient } from '../../../llm/llm-client'
import type { Prng } from '../../../stats/prng'
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
  /**
   * Chained crossover ("As published", energy > 1): the partner of each later pass, since the
   * paper's CrossOver draws one on every call. The first pass uses `partner`.
   */
  readonly laterPartners?: readonly TemplateNode[]
}

/**
 * METHOD.md 2.2 step 2: one mutator, uniformly at random; for crossover, its partner too (and,
 * chained, one per later pass: drawn only then, so every other run draws exactly as before).
 */
export function planMutation(preset: IcePreset, pool: TemplatePool, mutators: readonly MutatorName[], rng: Prng, energy = 1): MutationPlan {
  const mutator = rng.pick(mutators)
  if (mutator !== 'crossover') return { mutator }
  const choices = preset.crossoverPartner === 'initial-seed' ? pool.initialCount : pool.size
  const draw = () => pool.nodeAt(rng.int(choices))
  const partner = draw()
  if (preset.energyChain !== 'chained' || energy === 1) return { mutator, partner }
  return { mutator, partner, laterPartners: Array.from({ length: energy - 1 }, draw) }
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
  const partnerOf = (index: number) => (index === 0 ? plan.partner : (plan.laterPartners?.[index - 1] ?? plan.partner))
  const baseOf = (index: number) => {
    const partner = partnerOf(index)
    return { level: parent.level + 1, parentId: parent.id, mutator: plan.mutator, iteration, ...(partner ? { partnerId: partner.id } : {}) }
  }
  // Ids are handed out in order after the calls, so the i-th mutant will get firstId + i.
  const firstId = pool.nodes.length
  const apply = (text: string, sampleIndex: number) => {
    const partner = partnerOf(sampleIndex)
    const request = buildMutatorRequest(plan.mutator, text, preset, { ...(partner ? { partner: partner.text } : {}), sampleIndex })
    return replayed(context.replay?.node(firstId + sampleIndex), baseOf(sampleIndex)) ?? callModel(context.llm, context.helper, request)
  }
  const toNode = (reply: MutantReply, input: string, index: number): Omit<TemplateNode, 'id'> => {
    const base = baseOf(index)
    if ('stored' in reply) {
      const { helperError, helperErrorClass } = reply.stored
      return {
        ...base,
        text: reply.stored.text,
        ...(helperError !== undefined ? { helperError } : {}),
        ...(helperErrorClass !== undefined ? { helperErrorClass } : {}),
      }
    }
    if ('error' in reply) return { ...base, text: '', helperError: reply.error.message, helperErrorClass: reply.error.errorClass }
    return { ...base, text: assembleMutant(plan.mutator, reply.text, input, preset) }
  }
  if (preset.energyChain === 'independent' || context.energy === 1) {
    const replies = await Promise.all(Array.from({ length: context.energy }, (_, index) => apply(parent.text, index)))
    return replies.map((reply, index) => pool.add(toNode(reply, parent.text, index)))
  }
  const made: Omit<TemplateNode, 'id'>[] = []
  let input = parent.text
  for (let index = 0; index < context.energy; index += 1) {
    const before = made.at(-1)
    // A broken link ends the chain: the rest are failed nodes too (same class, so a resume asks again).
    if (before?.helperError !== undefined) {
      made.push({
        ...baseOf(index),
        text: '',
        helperError: 'Not made: the mutation it builds on failed.',
        ...(before.helperErrorClass !== undefined ? { helperErrorClass: before.helperErrorClass } : {}),
      })
      continue
    }
    const node = toNode(await apply(input, index), input, index)
    made.push(node)
    input = node.text
  }
  return made.map((node) => pool.add(node))
}

type MutantReply = { stored: TemplateNode } | Awaited<ReturnType<typeof callModel>>

/** A stored node stands in for the helper's call only if it is the same mutant (same parent, mutator, iteration, partner). */
function replayed(
  stored: TemplateNode | undefined,
  expected: Pick<TemplateNode, 'parentId' | 'mutator' | 'iteration' | 'partnerId'>,
): { stored: TemplateNode } | undefined {
  if (stored === undefined) return undefined
  const same =
    stored.parentId === expected.parentId &&
    stored.mutator === expected.mutator &&
    stored.iteration === expected.iteration &&
    stored.partnerId === expected.partnerId
  return same ? { stored } : undefined
}
