import type { IncomingMessage, ServerResponse } from 'node:http'
import { faultConfigSchema, type FaultConfig } from './faults'
import { readBodyText, sendJson } from './http-util'
import type { SimulatorState } from './state'

/**
 * The control endpoints, for a simulator in another process (the CLI one):
 *   GET  /__sim/log     -> { entries: RequestLogEntry[] }
 *   GET  /__sim/faults  -> { faults: FaultConfig | null }
 *   POST /__sim/faults  <- FaultConfig JSON, or null / {} to clear -> { faults }
 *   POST /__sim/reset   clears the log, the attempt and sample counts and the faults
 * They need no key (the simulator listens on 127.0.0.1 only) and are not logged.
 */
export async function handleControl(state: SimulatorState, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  const route = `${request.method ?? 'GET'} ${path}`
  if (route === 'GET /__sim/log') return sendJson(response, 200, { entries: state.log.snapshot() })
  if (route === 'GET /__sim/faults') return sendJson(response, 200, { faults: state.faults ?? null })
  if (route === 'POST /__sim/reset') {
    resetState(state)
    return sendJson(response, 200, { ok: true })
  }
  if (route !== 'POST /__sim/faults') return sendJson(response, 404, { error: `unknown simulator control route: ${route}` })
  let json: unknown
  try {
    json = JSON.parse((await readBodyText(request, 64 * 1024)) || 'null')
  } catch {
    return sendJson(response, 400, { error: 'the body must be JSON: a fault configuration or null' })
  }
  const result = applyFaults(state, json)
  if (typeof result === 'string') return sendJson(response, 400, { error: result })
  sendJson(response, 200, { faults: state.faults ?? null })
}

/** Validates and installs a fault configuration; null or {} clears it. A string is the problem found. */
export function applyFaults(state: SimulatorState, config: unknown): FaultConfig | undefined | string {
  if (config === null || config === undefined) {
    state.faults = undefined
    return undefined
  }
  const parsed = faultConfigSchema.safeParse(config)
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'faults'}: ${issue.message}`).join('; ')
  state.faults = Object.keys(parsed.data).length === 0 ? undefined : parsed.data
  return state.faults
}

export function resetState(state: SimulatorState): void {
  state.log.clear()
  state.attempts.clear()
  state.sampleCounts.clear()
  state.faults = undefined
}
