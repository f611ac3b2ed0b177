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
 * The iteration's `energy` mutants of `parent`, one helper call each (calls in parallel, nodes
 * recorded in application order so ids do not depend on which reply arrives first). A failed call
 * still makes a node, with `helperError` and no text.
 */
export async function makeMutants(context: MutateContext, parent: TemplateNode, plan: MutationPlan, iteration: number): Promise<TemplateNode[]> {
  const { preset, pool } = context
  const requests = Array.from({ length: context.energy }, (_, sampleIndex) =>
    buildMutatorRequest(plan.mutator, parent.text, preset, { ...(plan.partner ? { partner: plan.partner.text } : {}), sampleIndex }),
  )
  const base = { level: parent.level + 1, parentId: parent.id, mutator: plan.mutator, iteration, ...(plan.partner ? { partnerId: plan.partner.id } : {}) }
  // Ids are handed out in order after the calls, so the i-th mutant will get firstId + i.
  const firstId = pool.nodes.length
  const replies = await Promise.all(
    requests.map((request, index) => replayed(context.replay?.node(firstId + index), base) ?? callModel(context.llm, context.helper, request)),
  )
  return replies.map((reply) => {
    if ('stored' in reply) {
      const { helperError, helperErrorClass } = reply.stored
      return pool.add({ ...base, text: reply.stored.text, ...(helperError !== undefined ? { helperError } : {}), ...(helperErrorClass !== undefined ? { helperErrorClass } : {}) })
    }
    if ('error' in reply) return pool.add({ ...base, text: '', helperError: reply.error.message, helperErrorClass: reply.error.errorClass })
    return pool.add({ ...base, text: assembleMutant(plan.mutator, reply.text, parent.text, preset) })
  })
}

/** A stored node stands in for the helper's call only if it is the same mutant (same parent, mutator, iteration, partner). */
function replayed(stored: TemplateNode | undefined, expected: Pick<TemplateNode, 'parentId' | 'mutator' | 'iteration' | 'partnerId'>): { stored: TemplateNode } | undefined {
  if (stored === undefined) return undefined
  const same = stored.parentId === expected.parentId && stored.mutator === expected.mutator && stored.iteration === expected.iteration && stored.partnerId === expected.partnerId
  return same ? { stored } : undefined
}
