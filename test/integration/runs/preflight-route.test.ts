import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SecretStore } from '../../../src/main/storage/secrets/secret-store'
import { corruptKey } from '../../../src/main/storage/secrets/messages'
import type { Simulator } from '../../../src/main/providers/simulator'
import { useServices } from '../../support/services'
import { useSimulators } from '../simulator/support'

/**
 * Issue 12 item 3 (and item 2's "locked or missing keys are detected before the run starts"):
 * `runs.estimate` and `runs.start` refuse a spec that would fail after money was spent, naming
 * the problem, with no run row and no request to the provider.
 */
const startServices = useServices()
const startSimulator = useSimulators()

const folder = mkdtempSync(join(tmpdir(), 'distillscope-preflight-'))
writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is the capital of France?\n2,Name three primes.\n')

const inline = (simulator: Simulator, model: string, extra: Record<string, unknown> = {}) => ({
  provider: 'custom',
  baseURL: `${simulator.url}/v1`,
  model,
  ...extra,
})

function rseSpec(simulator: Simulator, changes: Record<string, unknown> = {}, models: Record<string, unknown> = {}) {
  return {
    kind: 'rse',
    models: { ref: inline(simulator, 'sim-reference'), student: inline(simulator, 'sim-student-close'), judge: inline(simulator, 'sim-judge'), ...models },
    reference: 'ref',
    students: ['student'],
    judge: 'judge',
    promptSets: [{ name: 'few', file: 'prompts.csv' }],
    ...changes,
  }
}

/** A store holding a key for every provider that it cannot decrypt, as the OS store reports it. */
const undecryptable: SecretStore = {
  state: () => ({ mode: 'os-encryption', locked: false, initialised: true }),
  status: async () => ({ configured: true, last4: 'abcd' }),
  set: async () => ({ configured: true, last4: 'abcd' }),
  remove: async () => {},
  reveal: async (ref) => {
    throw corruptKey(ref)
  },
  unlock: async () => {},
  lock: () => {},
}

type Started = ReturnType<ReturnType<typeof useServices>>

/** Both routes refuse with the fragment; nothing is stored and nothing is sent. */
async function expectRefused(session: Started, simulator: Simulator, spec: unknown, fragment: RegExp): Promise<void> {
  for (const route of ['runs.estimate', 'runs.start']) {
    const result = await session.call(route, { spec, baseDir: folder })
    expect(result.ok, `${route} accepted the spec`).toBe(false)
    if (!result.ok) expect(`${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`).toMatch(fragment)
  }
  await session.services.runs.manager.shutdown()
  expect((session.services.db.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n).toBe(0)
  expect(simulator.requestLog).toEqual([])
}

describe('runs.estimate and runs.start refuse before anything is spent', () => {
  it('a judge prompt without its placeholders, naming the missing ones', async () => {
    const simulator = await startSimulator()
    await expectRefused(startServices(), simulator, rseSpec(simulator, { judgePrompt: 'just rate it' }), /\{question\}.*\{reference\}.*\{candidate\}/s)
  })

  it('a judge prompt missing only {candidate} names only it', async () => {
    const simulator = await startSimulator()
    const session = startServices()
    const result = await session.call('runs.start', { spec: rseSpec(simulator, { judgePrompt: 'Q: {question} R: {reference}' }), baseDir: folder })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.message).toMatch(/\{candidate\}/)
      expect(result.error.message).not.toMatch(/\{question\} is missing/)
    }
    expect(simulator.requestLog).toEqual([])
  })

  it('an inline model whose key variable is not set, naming the model', async () => {
    const simulator = await startSimulator()
    const student = { provider: 'openai', baseURL: `${simulator.url}/v1`, model: 'sim-student-close', apiKeyEnv: 'PREFLIGHT_UNSET_KEY' }
    await expectRefused(startServices({ env: {} }), simulator, rseSpec(simulator, {}, { student }), /"student".*PREFLIGHT_UNSET_KEY/)
  })

  it('an inline model of a provider that needs a key, with no key variable named', async () => {
    const simulator = await startSimulator()
    const judge = { provider: 'openai', baseURL: `${simulator.url}/v1`, model: 'sim-judge' }
    await expectRefused(startServices({ env: {} }), simulator, rseSpec(simulator, {}, { judge }), /"judge"/)
  })

  it('a base URL that is not http or https', async () => {
    const simulator = await startSimulator()
    await expectRefused(
      startServices(),
      simulator,
      rseSpec(simulator, {}, { ref: inline(simulator, 'sim-reference', { baseURL: 'file:///etc/passwd' }) }),
      /http/,
    )
  })

  it('a saved model whose provider needs a key and has none, naming the model', async () => {
    const simulator = await startSimulator()
    const session = startServices({ env: {} })
    const provider = await session.ok<{ id: string }>('providers.create', { name: 'OpenAI', preset: 'openai', kind: 'openai', baseURL: `${simulator.url}/v1` })
    const model = await session.ok<{ id: string }>('models.create', { providerId: provider.id, model: 'sim-judge', name: 'Keyless judge' })
    await expectRefused(session, simulator, rseSpec(simulator, {}, { judge: { modelId: model.id } }), /judge/)
  })

  it('a saved model whose key cannot be decrypted, naming the model', async () => {
    const simulator = await startSimulator()
    const session = startServices({ secrets: undecryptable })
    const provider = await session.ok<{ id: string }>('providers.create', { name: 'Gateway', preset: 'custom', kind: 'openai', baseURL: `${simulator.url}/v1` })
    const model = await session.ok<{ id: string }>('models.create', { providerId: provider.id, model: 'sim-reference', name: 'Teacher model' })
    await expectRefused(session, simulator, rseSpec(simulator, {}, { ref: { modelId: model.id } }), /Teacher model.*could not be decrypted/)
  })

  it('a saved model that does not exist', async () => {
    const simulator = await startSimulator()
    await expectRefused(startServices(), simulator, rseSpec(simulator, {}, { ref: { modelId: 'no-such-model' } }), /no-such-model/)
  })

  it('a prompt file that does not exist', async () => {
    const simulator = await startSimulator()
    await expectRefused(startServices(), simulator, rseSpec(simulator, { promptSets: [{ name: 'gone', file: 'missing.csv' }] }), /missing\.csv/)
  })
})
