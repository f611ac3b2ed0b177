import { describe, expect, it } from 'vitest'
import { createSpecModelRegistry } from '../../../../../src/main/services/models/spec-models'

/**
 * Item 7 of issue 12: no request was sent, so a missing key is not "the provider refused the API
 * key"; the message names the model and the variable to set.
 */
function registry(env: Record<string, string | undefined>) {
  return createSpecModelRegistry({
    getSavedModel: () => undefined,
    isSimulatedProvider: () => false,
    providerKind: () => 'openai',
    providerAddress: () => ({ preset: 'openai', baseURL: '' }),
    simulatorUrl: () => undefined,
    ensureSimulator: async () => {},
    checkSavedReady: async () => {},
    env,
  })
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a failure')
}

describe('a spec model whose key is missing', () => {
  it('names the model and the unset variable, not a refusal by the provider', async () => {
    const models = registry({})
    const prepared = models.prepare('r1', 'teacher', { provider: 'openai', model: 'gpt-4o', apiKeyEnv: 'TEACHER_KEY' }, { concurrency: 1 })
    const message = await messageOf(models.resolve(prepared.modelId))
    expect(message).not.toMatch(/refused the API key/)
    expect(message).toMatch(/No API key for "teacher" \(gpt-4o\): the environment variable TEACHER_KEY is not set/)
  })

  it('asks for a variable when the spec names none', async () => {
    const models = registry({})
    const prepared = models.prepare('r1', 'teacher', { provider: 'openai', model: 'gpt-4o' }, { concurrency: 1 })
    const message = await messageOf(models.resolve(prepared.modelId))
    expect(message).not.toMatch(/refused the API key/)
    expect(message).toMatch(/No API key for "teacher" \(gpt-4o\): name the environment variable holding it \("apiKeyEnv", e\.g\. OPENAI_API_KEY\)/)
  })
})
