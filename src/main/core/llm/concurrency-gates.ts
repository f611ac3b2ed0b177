import PQueue from 'p-queue'

/**
 * The limits a call passes before it is sent, besides its model's own queue (issue 17 item 5):
 *
 * - a run's limit per model (the run's "concurrency"): the model's own limit still applies, so the
 *   lower of the two wins, for saved and inline models alike;
 * - an endpoint's limit: every model on one base URL (one Ollama, LM Studio or vLLM server) shares
 *   it, so six models on one local server do not get six times the intended load.
 *
 * Gates are nested queues. A run's gate is dropped once none of its calls is outstanding, so a
 * long-lived app does not keep one per run it ever ran.
 */
export interface EndpointLimit {
  /** The normalised base URL the requests go to. */
  readonly key: string
  readonly maxConcurrent: number
}

export function createConcurrencyGates() {
  const endpoints = new Map<string, PQueue>()
  const runs = new Map<string, { queue: PQueue; outstanding: number }>()

  function endpointGate(limit: EndpointLimit | undefined): PQueue | undefined {
    if (!limit) return undefined
    const existing = endpoints.get(limit.key)
    if (existing) {
      // A provider's cap edited in the app applies to the calls that follow.
      existing.concurrency = limit.maxConcurrent
      return existing
    }
    const queue = new PQueue({ concurrency: limit.maxConcurrent })
    endpoints.set(limit.key, queue)
    return queue
  }

  /** Runs `task` within the run's limit for this model; without a run or a limit, directly. */
  async function withinRunLimit<T>(
    runId: string | undefined,
    modelId: string,
    maxConcurrent: number | undefined,
    task: () => Promise<T>,
    signal: AbortSignal,
  ): Promise<T> {
    if (runId === undefined || maxConcurrent === undefined) return task()
    const key = `${runId}\u0000${modelId}`
    let gate = runs.get(key)
    if (!gate) {
      gate = { queue: new PQueue({ concurrency: maxConcurrent }), outstanding: 0 }
      runs.set(key, gate)
    }
    gate.outstanding += 1
    try {
      return await gate.queue.add(task, { signal })
    } finally {
      gate.outstanding -= 1
      if (gate.outstanding === 0 && runs.get(key) === gate) runs.delete(key)
    }
  }

  /** Runs `task` within the endpoint's limit, if it has one. */
  function withinEndpointLimit<T>(gate: PQueue | undefined, task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    return gate ? gate.add(task, { signal }) : task()
  }

  return { endpointGate, withinRunLimit, withinEndpointLimit, openRunGates: () => runs.size }
}
