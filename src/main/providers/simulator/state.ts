import type { FaultConfig } from './faults'
import type { PersonaSettings } from './personas/reply'
import { RequestLog } from './request-log'
import { SampleCounts } from './sample-counts'

/** Everything a running simulator keeps between requests. */
export interface SimulatorState {
  readonly settings: PersonaSettings
  /** Undefined: any non-empty key is accepted. */
  readonly acceptedKeys: ReadonlySet<string> | undefined
  readonly latencyMs: number
  readonly jitterMs: number
  readonly chunkDelayMs: number
  readonly bodyLimitBytes: number
  /** After this many answers the simulated provider reports a new model version (issue 15 item 5). */
  readonly versionChangeAfter: number | undefined
  faults: FaultConfig | undefined
  /** Arrivals per request content (hash of path and body): the attempt number faults are keyed on. */
  readonly attempts: Map<string, number>
  /** Successful replies per model and request content at temperature > 0: repeated requests sample anew. */
  readonly sampleCounts: SampleCounts
  readonly log: RequestLog
  /** For unique response ids. */
  responses: number
}

export function createState(init: Omit<SimulatorState, 'attempts' | 'sampleCounts' | 'log' | 'responses'>): SimulatorState {
  return { ...init, attempts: new Map(), sampleCounts: new SampleCounts(), log: new RequestLog(), responses: 0 }
}
