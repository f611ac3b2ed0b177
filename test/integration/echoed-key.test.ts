import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/main/core/log'
import { createSimulator, type Simulator } from '../../src/main/providers/simulator'
import { createServices, type Services } from '../../src/main/compose-services'
import { createRouter } from '../../src/main/ipc/router'
import { ANSWERS_WITH_TEXT } from '../../src/main/storage/repos/rse-results'
import { useTempDirs } from '../support/temp-dir'

/**
 * Item 4 of issue 12: a provider (or a gateway in front of it) that reflects the request's
 * Authorization or x-api-key header in a successful answer put the plaintext key into the answers,
 * the response cache, the paper package and the connection test shown in the window.
 */
const KEY = 'sk-echoed-4Hq9Zt2Wm7Kx5Rv8Nc3Lp6Yb1'
const BEARER = `Bearer ${KEY}`

let simulator: Simulator
beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 4 })
})
afterAll(async () => {
  await simulator?.close()
})

const servers: Server[] = []
const opened: Services[] = []
const newDir = useTempDirs()
afterEach(async () => {
  for (const services of opened.splice(0)) await services.close()
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

/** An OpenAI-style endpoint whose every answer repeats the credentials it was sent. */
async function echoingProvider(): Promise<string> {
  const server = createServer((request: IncomingMessage, response) => {
    request.resume()
    request.once('end', () => {
      const text = `Your request carried authorization=${request.headers.authorization ?? ''} and x-api-key=${request.headers['x-api-key'] ?? ''}. The sky is blue because of Rayleigh scattering.`
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          id: 'echo-1',
          object: 'chat.completion',
          model: 'echo',
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
        }),
      )
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function leaksIn(label: string, bytes: Buffer | string): string[] {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes)
  return buffer.includes(KEY) || buffer.includes(BEARER) || buffer.includes(Buffer.from(KEY, 'utf16le')) ? [label] : []
}

describe('a provider that echoes the key back', () => {
  it('leaves no key in the database, the package or the connection test, and says the answer was redacted', { timeout: 60_000 }, async () => {
    const echo = await echoingProvider()
    const dataDir = newDir()
    const services = createServices({ dataDir, log: silentLogger, env: { ECHO_KEY: KEY } })
    opened.push(services)
    const router = createRouter(services.handlers, { log: silentLogger, isTrustedSender: () => true })
    const ok = async <T>(route: string, input?: unknown): Promise<T> => {
      const result = await router.dispatch(route, input, { url: 'test' })
      if (!result.ok) throw new Error(`${route} failed: ${JSON.stringify(result.error)}`)
      return result.data as T
    }
    const leaks: string[] = []

    const provider = await ok<{ id: string }>('providers.create', { name: 'Echo', preset: 'custom', kind: 'openai', baseURL: echo, apiKeyEnv: 'ECHO_KEY' })
    const model = await ok<{ id: string }>('models.create', { providerId: provider.id, model: 'echo', name: 'Echo' })
    const tested = await ok<{ ok: boolean; reply?: string }>('models.testConnection', { id: model.id })
    expect(tested.ok).toBe(true)
    expect(tested.reply).toContain('[redacted key]')
    expect(tested).toMatchObject({ keyRedacted: true })
    leaks.push(...leaksIn('testConnection', JSON.stringify(tested)))

    const echoing = { provider: 'custom', baseURL: echo, model: 'echo', apiKeyEnv: 'ECHO_KEY' }
    const spec = {
      kind: 'rse',
      models: {
        ref: echoing,
        student: { ...echoing, model: 'echo-student' },
        judge: { provider: 'custom', baseURL: `${simulator.url}/v1`, model: 'sim-judge', apiKeyEnv: 'ECHO_KEY' },
      },
      reference: 'ref',
      students: ['student'],
      judge: 'judge',
      promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 4 }],
    }
    const { runId } = await ok<{ runId: string }>('runs.start', { spec })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const exported = await ok<{ base64: string }>('runs.exportPackage', { id: runId })
    for (const [name, bytes] of Object.entries(unzipSync(Buffer.from(exported.base64, 'base64')))) leaks.push(...leaksIn(`package: ${name}`, strFromU8(bytes)))
    // Answers as stored (their text kept once, in the response cache they point to).
    const answers = services.db.prepare(`${ANSWERS_WITH_TEXT} WHERE a.run_id = ?`).all(runId) as { text: string | null }[]
    expect(answers.length).toBeGreaterThan(0)
    for (const answer of answers) expect(answer.text).toContain('[redacted key]')
    // The cached answers keep the record, so a cache hit later still says it was redacted.
    const cached = services.db.prepare('SELECT reply_json FROM llm_cache').all() as { reply_json: string }[]
    expect(cached.filter((row) => row.reply_json.includes('[redacted key]')).every((row) => JSON.parse(row.reply_json).keyRedacted === true)).toBe(true)

    await services.close()
    opened.splice(0)
    for (const file of filesUnder(dataDir)) leaks.push(...leaksIn(`data folder: ${file}`, readFileSync(file)))
    expect(leaks).toEqual([])
  })
})
