import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/main/core/log'
import { createBrowserModeRouter } from '../../src/main/web/browser-mode-router'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import type { Model, Provider } from '../../src/shared/contract'
import { useServices } from '../support/services'
import { useTempDirs } from '../support/temp-dir'

/**
 * Issue 18 item 5: a second provider, model or prompt set with a name already taken (trimmed,
 * whatever the case) is refused with a `conflict` naming the duplicate, on the `name` field.
 */
const open = useServices()

const provider = (name: string) => ({ name, preset: 'custom', kind: 'openai', baseURL: 'http://127.0.0.1:9/v1' })
const model = (providerId: string, name: string) => ({ providerId, model: 'gpt-4o-mini', name, prices: { inputPerMTok: 0, outputPerMTok: 0 } })
const questions = ['{"prompt":"What is 2 + 2?"}', '{"prompt":"Name a colour."}'].join('\n')
const promptSet = (name: string) => ({ fileName: 'q.jsonl', content: questions, name, domain: 'general' })

describe('duplicate names through the router', () => {
  it('refuses a second provider of the same name, and a rename onto a taken name', async () => {
    const { call, ok } = open()
    const first = await ok<Provider>('providers.create', provider('My gateway'))
    const second = await call('providers.create', provider('  my GATEWAY '))
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A provider named “My gateway” already exists. Choose another name.',
        issues: [{ path: 'name', message: 'A provider named “My gateway” already exists. Choose another name.' }],
      },
    })
    const other = await ok<Provider>('providers.create', provider('Lab server'))
    const renamed = await call('providers.update', { id: other.id, changes: { name: 'MY gateway' } })
    expect(renamed).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'name' }] } })
    // Saving a provider under its own name (changed case included) is not a clash with itself.
    await expect(ok('providers.update', { id: first.id, changes: { name: 'My Gateway' } })).resolves.toMatchObject({ name: 'My Gateway' })
    expect(await ok<Provider[]>('providers.list')).toHaveLength(2)
  })

  it('refuses a second model of the same name, across providers', async () => {
    const { call, ok } = open()
    const a = await ok<Provider>('providers.create', provider('A'))
    const b = await ok<Provider>('providers.create', provider('B'))
    await ok<Model>('models.create', model(a.id, 'Student'))
    const again = await call('models.create', model(b.id, ' student'))
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'A model named “Student” already exists. Choose another name.' } })
    const other = await ok<Model>('models.create', model(b.id, 'Teacher'))
    expect(await call('models.update', { id: other.id, changes: { name: 'STUDENT' } })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await ok<Model[]>('models.list')).toHaveLength(2)
  })

  it('refuses to import a prompt set under a taken name, a built-in’s included, storing nothing', async () => {
    const { call, ok } = open()
    const builtin = (await ok<{ name: string }[]>('promptSets.list'))[0]!
    const before = (await ok<unknown[]>('promptSets.list')).length
    await ok('promptSets.import', promptSet('My questions'))
    const again = await call('promptSets.import', promptSet('MY QUESTIONS '))
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'A prompt set named “My questions” already exists. Choose another name.' } })
    expect(await call('promptSets.import', promptSet(builtin.name.toUpperCase()))).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await ok<unknown[]>('promptSets.list')).toHaveLength(before + 1)
  })
})

const newDir = useTempDirs()
const servers: WebServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

describe('duplicate names in browser mode', () => {
  it('answers the same clear refusal over HTTP', async () => {
    const { services } = open()
    const rendererDir = join(newDir(), 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Distillscope</title>')
    const server = await startWebServer({
      router: createBrowserModeRouter(services, silentLogger),
      events: services.events,
      rendererDir,
      port: 0,
      log: silentLogger,
    })
    servers.push(server)
    const call = async (body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify(body),
      })
      return response.json()
    }
    expect(await call({ route: 'providers.create', input: provider('Gateway') })).toMatchObject({ ok: true })
    expect(await call({ route: 'providers.create', input: provider('gateway') })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A provider named “Gateway” already exists. Choose another name.',
        issues: [{ path: 'name', message: 'A provider named “Gateway” already exists. Choose another name.' }],
      },
    })
  })
})
