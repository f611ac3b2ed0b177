import { hashParts } from './random'
import type { ChatRequest } from './types'

/**
 * A real provider samples anew on every call, so the same request sent twice at temperature > 0
 * gets two different answers. The simulator's reply is a pure function of the request and the sample
 * index, so it keeps, per model and exact request content, how many successful replies it has given,
 * and the next reply's choice i uses sample index `occurrence * n + i`.
 *
 * Only successful replies count: a faulted attempt answers with the index the next success will use,
 * so a retry after a 500 gets what the first attempt would have got. Nothing is counted at
 * temperature 0 (greedy decoding ignores the sample index), which also keeps the bench's many
 * distinct greedy requests from filling memory.
 */
export class SampleCounts {
  private readonly given = new Map<string, number>()

  /** The sample index of the request's first choice in its next reply. */
  firstSample(request: ChatRequest): number {
    if (!samplesAnew(request)) return 0
    return (this.given.get(contentKey(request)) ?? 0) * request.samples
  }

  /** Counts a reply that was given without a fault, so the next identical request samples anew. */
  recordSuccess(request: ChatRequest): void {
    if (!samplesAnew(request)) return
    const key = contentKey(request)
    this.given.set(key, (this.given.get(key) ?? 0) + 1)
  }

  /** How many distinct requests are counted. */
  get size(): number {
    return this.given.size
  }

  clear(): void {
    this.given.clear()
  }
}

function samplesAnew(request: ChatRequest): boolean {
  return request.temperature > 0
}

/**
 * What the reply's generator depends on (the simulator's seed aside, which never changes), plus `n`:
 * the index formula assumes one `n` per key. Stream flag and `max_tokens` do not change the sample.
 */
function contentKey(request: ChatRequest): string {
  return hashParts(request.model, request.system, JSON.stringify(request.messages), request.temperature, request.requestSeed, request.samples)
}
