import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../src/main/core/log'
import { createRouter } from '../../src/main/ipc/router'
import { createSimulator } from '../../src/main/providers/simulator'
import { createServices } from '../../src/main/compose-services'
import type { Model, Provider } from '../../src/shared/contract'

/**
 * How close the call layer gets to the ideal when the provider is the bottleneck: 2,000 calls at
 * concurrency 32 to a simulator answering in 100 ms should take 2,000 x 0.1 s / 32 = 6.25 s. The
 * engine's overhead (queue, cache look-ups, SQLite writes, the SDK) is the ratio above 1. Then the
 * same calls again must send nothing. Reports ratios from this one run; no absolute time is judged.
 */
const CALLS = 2_000
const CONCURRENCY = 32
const LATENCY_MS = 100
const TARGET_RATIO = 1.3

export async function main(): Promise<number> {
  if (process.argv.includes('--scale')) return (await import('./scale')).main()
  const simulator = await createSimulator({ port: 0, latencyMs: LATENCY_MS })
  const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-bench-'))
  const services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
  try {
    const modelId = await setUpModel(services.handlers, CONCURRENCY)
    const requests = Array.from({ length: CALLS }, (_, i) => ({
      messages: [{ role: 'user' as const, content: `Benchmark question ${i}` }],
      params: { temperature: 0 },
    }))
    // One call first so the simulator and the SDK client are warm; it is not timed.
    await services.llm.chat(modelId, { messages: [{ role: 'user', content: 'warm-up' }], params: { temperature: 0 } })
    const before = simulator.requestLog.length
    const started = performance.now()
    await Promise.all(requests.map((request) => services.llm.chat(modelId, request)))
    const elapsedMs = performance.now() - started
    const sentFirst = simulator.requestLog.length - before
    const repeatStarted = performance.now()
    await Promise.all(requests.map((request) => services.llm.chat(modelId, request)))
    const repeatMs = performance.now() - repeatStarted
    const sentAgain = simulator.requestLog.length - before - sentFirst
    const idealMs = (CALLS * LATENCY_MS) / CONCURRENCY
    const ratio = elapsedMs / idealMs
    const report = {
      calls: CALLS,
      concurrency: CONCURRENCY,
      latencyMs: LATENCY_MS,
      idealMs,
      elapsedMs: Math.round(elapsedMs),
      ratio: Number(ratio.toFixed(3)),
      targetRatio: TARGET_RATIO,
      sentFirst,
      repeat: { sentAgain, elapsedMs: Math.round(repeatMs) },
    }
    console.log(JSON.stringify(report, null, 2))
    const pass = ratio <= TARGET_RATIO && sentFirst === CALLS && sentAgain === 0
    console.log(pass ? `PASS: ${ratio.toFixed(2)}x the ideal (target <= ${TARGET_RATIO}x); the repeat sent no request.` : 'FAIL: see the report above.')
    return pass ? 0 : 1
  } finally {
    await services.close()
    await simulator.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function setUpModel(handlers: ReturnType<typeof createServices>['handlers'], concurrency: number): Promise<string> {
  const router = createRouter(handlers, { log: silentLogger, isTrustedSender: () => true })
  const call = async <T>(route: string, input: unknown): Promise<T> => {
    const result = await router.dispatch(route, input, { url: 'bench' })
    if (!result.ok) throw new Error(result.error.message)
    return result.data as T
  }
  const provider = await call<Provider>('providers.create', { name: 'Offline demo', preset: 'simulator', kind: 'openai', baseURL: '' })
  const model = await call<Model>('models.create', { providerId: provider.id, model: 'sim-reference', name: 'Bench', limits: { maxConcurrent: concurrency } })
  return model.id
}
