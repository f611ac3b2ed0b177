import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createRouter } from '../../../src/main/ipc/router'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createServices, type Services } from '../../../src/main/compose-services'
import type { Model, Provider } from '../../../src/shared/contract'

/** Services over a real data folder, with the Offline demo's simulator handed in so its log can be read. */
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function demo(dataDir = mkdtempSync(join(tmpdir(), 'distillscope-llm-'))) {
  const simulator = await createSimulator({ port: 0 })
  const services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
  cleanups.push(async () => {
    await services.close()
    await simulator.close()
  })
  return { services, simulator, dataDir }
}

/** Through the router, as the renderer sends it (inputs parsed and defaulted there). */
function call<T>(services: Services, route: string, input?: unknown): Promise<T> {
  const router = createRouter(services.handlers, { log: silentLogger, isTrustedSender: () => true })
  return router.dispatch(route, input, { url: 'test' }).then((result) => {
    if (!result.ok) throw new Error(`${route}: ${result.error.message}`)
    return result.data as T
  })
}

async function addDemoModel(services: Services, modelId = 'sim-student-close'): Promise<Model> {
  const provider = await call<Provider>(services, 'providers.create', { name: 'Offline demo', preset: 'simulator', kind: 'openai', baseURL: '' })
  return call<Model>(services, 'models.create', { providerId: provider.id, model: modelId, name: 'Demo' })
}

const ask = (content: string) => ({ messages: [{ role: 'user' as const, content }], params: { temperature: 0, systemPrompt: 'You are a helpful assistant.' } })
const sent = (simulator: Simulator) => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length

describe('calling models through the services', () => {
  it('starts the Offline demo on first use and tests the connection with a real call', async () => {
    const { services, simulator } = await demo()
    const model = await addDemoModel(services)
    expect((await call<Provider[]>(services, 'providers.list'))[0]!.endpoint).toBe('')
    const result = await call(services, 'models.testConnection', { id: model.id })
    const provider = (await call<Provider[]>(services, 'providers.list'))[0]!
    expect(provider.endpoint).toBe(`${simulator.url}/v1/chat/completions`)
    expect(result).toMatchObject({ ok: true, reply: expect.any(String), inputTokens: expect.any(Number) })
    expect(sent(simulator)).toBe(1)
    expect(await call(services, 'models.listRemote', { providerId: provider.id })).toMatchObject({ ids: expect.arrayContaining(['sim-reference']) })
  })

  it('never sends an identical call twice, across restarts; errors are not cached', async () => {
    const first = await demo()
    const model = await addDemoModel(first.services)
    const prompts = Array.from({ length: 20 }, (_, i) => ask(`Question ${i}: why is the sky blue?`))
    const replies = await Promise.all(prompts.map((prompt) => first.services.llm.chat(model.id, prompt)))
    expect(sent(first.simulator)).toBe(20)
    await Promise.all(prompts.map((prompt) => first.services.llm.chat(model.id, prompt)))
    expect(sent(first.simulator)).toBe(20)
    await first.services.close()

    const second = await demo(first.dataDir)
    const again = await Promise.all(prompts.map((prompt) => second.services.llm.chat(model.id, prompt)))
    expect(again.map((reply) => reply.text)).toEqual(replies.map((reply) => reply.text))
    expect(again.every((reply) => reply.cached && reply.costUsd === 0)).toBe(true)
    expect(sent(second.simulator)).toBe(0)

    second.simulator.setFaults({ rates: { '401': 1 } })
    await expect(second.services.llm.chat(model.id, ask('new question'))).rejects.toMatchObject({ errorClass: 'auth' })
    second.simulator.setFaults(null)
    await expect(second.services.llm.chat(model.id, ask('new question'))).resolves.toMatchObject({ cached: false })
    rmSync(first.dataDir, { recursive: true, force: true })
  })

  it('keeps to the model concurrency limit', async () => {
    const simulator = await createSimulator({ port: 0, latencyMs: 50 })
    const services = createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'distillscope-llm-')),
      log: silentLogger,
      env: {},
      startSimulator: async () => ({ url: simulator.url, close: async () => {} }),
    })
    cleanups.push(async () => {
      await services.close()
      await simulator.close()
    })
    const model = await addDemoModel(services)
    await call(services, 'models.update', { id: model.id, changes: { limits: { maxConcurrent: 3 } } })
    await Promise.all(Array.from({ length: 12 }, (_, i) => services.llm.chat(model.id, ask(`q${i}`))))
    const log = simulator.requestLog
    const overlapping = log.map(
      (entry) => log.filter((other) => other.arrivedAtMs <= entry.arrivedAtMs && (other.endedAtMs ?? Infinity) > entry.arrivedAtMs).length,
    )
    expect(Math.max(...overlapping)).toBeLessThanOrEqual(3)
    expect(log).toHaveLength(12)
  })
})
