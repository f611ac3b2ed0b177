import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Logger } from '../../src/main/core/log'
import { createSimulator } from '../../src/main/providers/simulator'
import { createServices } from '../../src/main/compose-services'
import { createBrowserModeRouter } from '../../src/main/web/browser-mode-router'
import { startWebServer } from '../../src/main/web/server'

/**
 * Plants one unique key, uses it on every path a key can take (set, list, call, fail, list models,
 * edit, remove) through the real browser-mode transport, then searches everything that could
 * leak it: every byte in the data folder, every log line, every HTTP answer and socket message.
 */
const PLANTED = `sk-planted-${Date.now().toString(36)}-Zk7Qw9Xr4Tn2Vb8Lm5Pc`
// The middle of the key: no legitimate display (last four characters) contains it.
const MIDDLE = PLANTED.slice(6, -4)

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('API key leak scan', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('finds the key nowhere but where it is encrypted', { timeout: 60_000 }, async () => {
    const logLines: string[] = []
    const log: Logger = {
      info: (...args) => logLines.push(JSON.stringify(args)),
      warn: (...args) => logLines.push(JSON.stringify(args)),
      error: (...args) => logLines.push(String(args[0]), String((args[1] as Error)?.stack ?? args[1])),
    }
    const accepting = await createSimulator({ port: 0, acceptedKeys: [PLANTED] })
    const rejecting = await createSimulator({ port: 0, acceptedKeys: ['sk-some-other-key-0000000000'] })
    const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-leak-'))
    const services = createServices({ dataDir, log, env: {} })
    const server = await startWebServer({ router: createBrowserModeRouter(services, log), events: services.events, rendererDir: dataDir, port: 0, log })
    cleanups.push(async () => {
      await server.close()
      await services.close()
      await accepting.close()
      await rejecting.close()
    })

    const traffic: string[] = []
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`, { headers: { authorization: `Bearer ${server.token}` } })
    socket.on('message', (data) => traffic.push(String(data)))
    await new Promise((resolve) => socket.once('open', resolve))
    const call = async (route: string, input?: unknown) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/request`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ route, input }),
      })
      const text = await response.text()
      traffic.push(text)
      return JSON.parse(text) as { ok: boolean; data?: { id?: string } & Record<string, unknown>; error?: { code: string } }
    }

    expect((await call('keys.unlock', { passphrase: 'correct horse battery staple' })).ok).toBe(true)
    const provider = (await call('providers.create', { name: 'Gateway', preset: 'custom', kind: 'openai', baseURL: `${rejecting.url}/v1` })).data!
    expect(await call('keys.set', { providerId: provider.id, key: PLANTED })).toMatchObject({ ok: true, data: { configured: true, source: 'store' } })
    const model = (await call('models.create', { providerId: provider.id, model: 'sim-reference', name: 'Via gateway' })).data!
    expect(await call('models.testConnection', { id: model.id })).toMatchObject({ ok: true, data: { ok: false, errorClass: 'auth' } })
    expect(await call('models.listRemote', { providerId: provider.id })).toMatchObject({ ok: false })
    await call('providers.update', { id: provider.id, changes: { baseURL: `${accepting.url}/v1` } })
    expect(await call('models.testConnection', { id: model.id })).toMatchObject({ ok: true, data: { ok: true } })
    expect(await call('models.listRemote', { providerId: provider.id })).toMatchObject({ ok: true })
    await call('providers.list')
    await call('keys.set', { providerId: provider.id, key: `${PLANTED} with a space` })
    await call('keys.remove', { providerId: provider.id })
    await call('keys.set', { providerId: provider.id, key: PLANTED })
    await call('providers.update', { id: provider.id, changes: { headers: { Authorization: `Bearer ${PLANTED}` } } })

    // The key did reach the provider, which is the point of having it.
    expect(accepting.requestLog.some((entry) => entry.status === 200)).toBe(true)
    socket.close()
    await server.close()
    await services.close()

    const leaks: string[] = []
    for (const file of filesUnder(dataDir)) {
      const bytes = readFileSync(file)
      if (bytes.includes(MIDDLE) || bytes.includes(Buffer.from(MIDDLE, 'utf16le'))) leaks.push(`data folder: ${file}`)
    }
    for (const line of logLines) if (line.includes(MIDDLE)) leaks.push(`log: ${line.slice(0, 200)}`)
    for (const message of traffic) if (message.includes(MIDDLE)) leaks.push(`traffic: ${message.slice(0, 200)}`)
    expect(leaks).toEqual([])
    expect(filesUnder(dataDir).some((file) => file.endsWith('keys.enc.json'))).toBe(true)
    expect(traffic.length).toBeGreaterThan(15)
  })
})
