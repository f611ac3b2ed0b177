import { describe, expect, it } from 'vitest'
import { runSpecSchema } from '../../../../../src/shared/contract/run-spec'
import { createSpecModelRegistry } from '../../../../../src/main/services/models/spec-models'

function registry(env: Record<string, string | undefined> = { KEY: 'sk-test' }) {
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

const model = (baseURL: string) => ({ provider: 'custom', baseURL, model: 'local-model', apiKeyEnv: 'KEY' })

function spec(extra: Record<string, unknown> = {}) {
  return runSpecSchema.parse({
    kind: 'rse',
    models: { teacher: model('http://10.0.0.1:8000/v1'), student: model('http://10.0.0.2:8000/v1') },
    reference: 'teacher',
    students: ['student'],
    judge: 'teacher',
    promptSets: [{ name: 'set', file: 'set.jsonl' }],
    concurrency: 3,
    ...extra,
  })
}

describe('a spec model prepared for its spec', () => {
  it("runs under the spec's concurrency", async () => {
    const models = registry()
    const prepared = models.prepareForSpec('r1', 'student', spec())
    expect(prepared).toMatchObject({ alias: 'student', modelId: 'run:r1:student', model: 'local-model' })
    const resolved = await models.resolve(prepared.modelId)
    expect(resolved?.maxConcurrent).toBe(3)
    expect(resolved?.endpoint).toBeUndefined()
  })

  it("shares the spec's cap for its server, and only for that server", async () => {
    const models = registry()
    const capped = spec({ endpoints: { 'http://10.0.0.2:8000': { maxConcurrent: 2 } } })
    const student = await models.resolve(models.prepareForSpec('r1', 'student', capped).modelId)
    const teacher = await models.resolve(models.prepareForSpec('r1', 'teacher', capped).modelId)
    expect(student?.endpoint).toEqual({ key: 'http://10.0.0.2:8000', maxConcurrent: 2 })
    expect(teacher?.endpoint).toBeUndefined()
  })

  it('is built once per run and model, and again when its key in the environment changes or its run prepares it anew', async () => {
    const env: Record<string, string | undefined> = { KEY: 'sk-test' }
    const models = registry(env)
    const { modelId } = models.prepareForSpec('r1', 'student', spec())
    const first = await models.resolve(modelId)
    expect(await models.resolve(modelId)).toBe(first)
    env.KEY = 'sk-other-and-longer'
    const rekeyed = await models.resolve(modelId)
    expect(rekeyed).not.toBe(first)
    expect(rekeyed?.fingerprint).not.toBe(first?.fingerprint)
    models.prepareForSpec('r1', 'student', spec({ concurrency: 5 }))
    expect((await models.resolve(modelId))?.maxConcurrent).toBe(5)
    models.release('r1')
    expect(await models.resolve(modelId)).toBeUndefined()
  })

  it('refuses an alias the spec does not define, naming it', () => {
    expect(() => registry().prepareForSpec('r1', 'ghost', spec())).toThrow(/"ghost" but does not define it/)
  })
})

/*
 * Item 7 of issue 12: no request was sent, so a missing key is not "the provider refused the API
 * key"; the message names the model and the variable to set.
 */
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

describe('a saved model that does not exist', () => {
  it('is named with where it was given: the spec, or a judges file', () => {
    const models = { j1: { modelId: 'gone' } }
    expect(() => registry().checkSaved(models)).toThrow(`The spec's model "j1" names the saved model "gone", which does not exist in this data folder.`)
    expect(() => registry().checkSaved(models, 'judges file')).toThrow(`The judges file's model "j1" names the saved model "gone"`)
  })
})
