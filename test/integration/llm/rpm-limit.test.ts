import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createRouter } from '../../../src/main/ipc/router'
import { createSimulator } from '../../../src/main/providers/simulator'
import { createServices } from '../../../src/main/compose-services'
import type { Model, Provider } from '../../../src/shared/contract'

/**
 * A model limited to 120 requests per minute, asked 130 questions at concurrency 32: the provider's
 * own log must never show more than 120 arrivals in any 60-second window. Takes about a minute,
 * because the 121st request may only start once the first is a minute old.
 */
const CALLS = 130
const RPM = 120

describe('requests-per-minute limit', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup()
  })

  it(`never lets more than ${RPM} requests reach the provider in any minute`, { timeout: 120_000 }, async () => {
    const simulator = await createSimulator({ port: 0, latencyMs: 20, faults: { rates: { '429': 0.05 }, retryAfterMs: 50 } })
    const services = createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'distillscope-rpm-')),
      log: silentLogger,
      env: {},
      startSimulator: async () => ({ url: simulator.url, close: async () => {} }),
    })
    cleanups.push(async () => {
      await services.close()
      await simulator.close()
    })
    const router = createRouter(services.handlers, { log: silentLogger, isTrustedSender: () => true })
    const call = async <T>(route: string, input: unknown) => {
      const result = await router.dispatch(route, input, { url: 'test' })
      if (!result.ok) throw new Error(result.error.message)
      return result.data as T
    }
    const provider = await call<Provider>('providers.create', { name: 'Offline demo', preset: 'simulator', kind: 'openai', baseURL: '' })
    const model = await call<Model>('models.create', {
      providerId: provider.id,
      model: 'sim-reference',
      name: 'Limited',
      limits: { maxConcurrent: 32, rpm: RPM },
    })

    await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        services.llm.chat(model.id, { messages: [{ role: 'user', content: `Question ${i}` }], params: { temperature: 0 } }),
      ),
    )

    // Every attempt counts, the SDK's retries of the injected 429s included.
    const arrivals = simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).map((entry) => entry.arrivedAtMs)
    expect(arrivals.length).toBeGreaterThan(CALLS)
    const busiestMinute = Math.max(...arrivals.map((start) => arrivals.filter((other) => other >= start && other < start + 60_000).length))
    expect(busiestMinute).toBeLessThanOrEqual(RPM)
    expect(busiestMinute).toBeGreaterThanOrEqual(RPM - 5)
  })
})
