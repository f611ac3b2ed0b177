import type { LlmErrorClass } from '../../../../../shared/contract/models'
import type { LlmClient } from '../../../llm/llm-client'
import { LlmCallError, wasRequest } from '../../../llm/llm-error'
import type { ChatRequest } from '../../../llm/types'

export interface CallContext {
  readonly modelId: string
  readonly signal?: AbortSignal
  readonly runId?: string
  /** The run's limit on its calls to this model in flight. */
  readonly maxConcurrent?: number
  /** Told about every answered call (for cost and token bookkeeping). */
  readonly onCall?: (call: {
    readonly modelId: string
    readonly costUsd: number
    readonly cached: boolean
    readonly inputTokens: number
    readonly outputTokens: number
  }) => void
  /** Told how every request ended, failed ones included, so progress counts requests as the call log does. */
  readonly onRequest?: (outcome: { readonly cached: boolean } | { readonly errorClass: string }) => void
}

export interface CallFailure {
  readonly errorClass: LlmErrorClass
  readonly message: string
}

export type CallOutcome = { readonly text: string } | { readonly error: CallFailure }

/**
 * One model call whose failure (after the client's retries) is an outcome to record, as in the RSE
 * engine. Cancellation is not an outcome: it throws, so the run stops.
 */
export async function callModel(llm: Pick<LlmClient, 'chat'>, context: CallContext, request: ChatRequest): Promise<CallOutcome> {
  try {
    const result = await llm.chat(context.modelId, request, { signal: context.signal, runId: context.runId, maxConcurrent: context.maxConcurrent })
    context.onRequest?.({ cached: result.cached })
    context.onCall?.({
      modelId: context.modelId,
      costUsd: result.costUsd,
      cached: result.cached,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
    })
    return { text: result.text }
  } catch (error) {
    // The client logs a call that failed or was cancelled as failed (one cancelled before it was sent not at all): counted the same way here.
    if (wasRequest(error))
      context.onRequest?.({ errorClass: error instanceof LlmCallError ? error.errorClass : context.signal?.aborted ? 'cancelled' : 'network' })
    if (context.signal?.aborted || (error instanceof LlmCallError && error.errorClass === 'cancelled')) throw error
    const failure = error instanceof LlmCallError ? error : new LlmCallError('network', String(error))
    return { error: { errorClass: failure.errorClass, message: failure.message } }
  }
}
