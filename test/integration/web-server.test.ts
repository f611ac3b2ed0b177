import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { silentLogger } from '../../src/main/core/log'
import { createServices, type Services } from '../../src/main/compose-services'
import { cookieNameFor } from '../../src/main/web/auth'
import { createBrowserModeRouter } from '../../src/main/web/browser-mode-router'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { DEFAULT_MAX_INPUT_BYTES } from '../../src/shared/contract'
import { useTempDirs } from '../support/temp-dir'

const newDir = useTempDirs()
const running: { server: WebServer; services: Services }[] = []
afterEach(async () => {
  for (const { server, services } of running.splice(0)) {
    await server.close()
    await services.close()
  }
})

async function start() {
  const rendererDir = join(newDir(), 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Distillscope</title>')
  const services = createServices({ dataDir: newDir(), log: silentLogger })
  const server = await startWebServer({
    router: createBrowserModeRouter(services, silentLogger),
    events: services.events,
    rendererDir,
    port: 0,
    log: silentLogger,
  })
  running.push({ server, services })
  const base = `http://127.0.0.1:${server.port}`
  const authed = { authorization: `Bearer ${server.token}` }
  const call = (body: unknown, headers: Record<string, string> = authed) =>
    fetch(`${base}/api/request`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { server, services, base, authed, call }
}

describe('browser mode over HTTP', () => {
  it('prints a loopback URL carrying the token', async () => {
    const { server } = await start()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
  })

  it('refuses requests without the token with 401, for pages and the API', async () => {
    const { base, call } = await start()
    expect((await fetch(`${base}/`)).status).toBe(401)
    const api = await call({ route: 'app.info' }, {})
    expect(api.status).toBe(401)
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses another origin with 403 even with the token', async () => {
    const { call, authed } = await start()
    const response = await call({ route: 'app.info' }, { ...authed, origin: 'https://evil.example' })
    expect(response.status).toBe(403)
  })

  it('trades the token in the address for an HttpOnly cookie, then serves the page', async () => {
    const { server, base } = await start()
    const first = await fetch(server.url, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/')
    const setCookie = first.headers.get('set-cookie') ?? ''
    expect(setCookie).toContain(`${cookieNameFor(server.token)}=${server.token}`)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    const page = await fetch(`${base}/`, { headers: { cookie: setCookie.split(';')[0]! } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<title>Distillscope</title>')
  })

  it('routes requests and answers bad input with typed errors', async () => {
    const { call } = await start()
    expect(await (await call({ route: 'settings.update', input: { theme: 'dark' } })).json()).toEqual({ ok: true, data: { theme: 'dark' } })
    expect(await (await call({ route: 'settings.get' })).json()).toEqual({ ok: true, data: { theme: 'dark' } })
    expect(await (await call({ route: 'settings.update', input: { theme: 3 } })).json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'theme' }] },
    })
    expect(await (await call({ route: 'no.such' })).json()).toMatchObject({ ok: false, error: { code: 'unknown_route' } })
    expect(await (await call([1, 2])).json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('refuses malformed JSON, wrong content types and oversized bodies', async () => {
    const { base, authed, call } = await start()
    const garbled = await fetch(`${base}/api/request`, { method: 'POST', headers: { ...authed, 'content-type': 'application/json' }, body: '{"route":' })
    expect(garbled.status).toBe(400)
    expect(await garbled.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const form = await fetch(`${base}/api/request`, { method: 'POST', headers: { ...authed, 'content-type': 'text/plain' }, body: '{}' })
    expect(form.status).toBe(415)
    // Over the route's own limit: read, then refused by the router without being parsed.
    const overRoute = await call({ route: 'settings.update', input: { theme: 'x'.repeat(DEFAULT_MAX_INPUT_BYTES * 2) } })
    expect(await overRoute.json()).toMatchObject({ ok: false, error: { code: 'payload_too_large' } })
    // Over every route's limit: refused from the declared size, before the body is read.
    expect(await declaredTooLarge(base, authed)).toBe(413)
    const justOver = await call({ route: 'settings.update', input: { theme: 'x'.repeat(DEFAULT_MAX_INPUT_BYTES) } })
    expect(await justOver.json()).toMatchObject({ ok: false, error: { code: 'payload_too_large' } })
  })
})

/** Declares a body bigger than any route accepts and sends only a little of it. */
function declaredTooLarge(base: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/request', base)
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(2 ** 31) },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode)
      },
    )
    request.on('error', reject)
    request.write('{"route":')
  })
}

describe('browser mode events over WebSocket', () => {
  it('delivers domain events to authenticated sockets', async () => {
    const { server, call } = await start()
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`, { headers: { authorization: `Bearer ${server.token}` } })
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
    const message = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))))
    await call({ route: 'settings.update', input: { theme: 'light' } })
    expect(await message).toEqual({ event: 'settings.changed', payload: { theme: 'light' } })
    socket.close()
  })

  it('refuses sockets without the token or from another origin', async () => {
    const { server } = await start()
    const refusal = (options: WebSocket.ClientOptions) =>
      new Promise<number | undefined>((resolve) => {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`, options)
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode))
        socket.once('open', () => resolve(101))
        socket.once('error', () => resolve(undefined))
      })
    expect(await refusal({})).toBe(401)
    expect(await refusal({ headers: { authorization: `Bearer ${server.token}` }, origin: 'https://evil.example' })).toBe(403)
  })
})

describe('the token in the address', () => {
  it('is traded for the cookie once; the same address a second time is refused', async () => {
    const { server, base } = await start()
    const first = await fetch(server.url, { redirect: 'manual' })
    expect(first.status).toBe(303)
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!
    const second = await fetch(server.url, { redirect: 'manual' })
    expect(second.status).toBe(401)
    expect(second.headers.get('set-cookie')).toBeNull()
    // The cookie it was traded for keeps working.
    expect((await fetch(`${base}/`, { headers: { cookie } })).status).toBe(200)
  })

  it('is traded on HEAD as on GET, once', async () => {
    const { server } = await start()
    const head = await fetch(server.url, { method: 'HEAD', redirect: 'manual' })
    expect(head.status).toBe(303)
    expect(head.headers.get('set-cookie')).toContain(server.token)
    expect((await fetch(server.url, { redirect: 'manual' })).status).toBe(401)
  })

  it('is never accepted on POST or other methods, and leaves the settings untouched', async () => {
    const { server, base, call } = await start()
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await fetch(`${base}/api/request?token=${server.token}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'OPTIONS' ? undefined : JSON.stringify({ route: 'settings.update', input: { theme: 'dark' } }),
      })
      expect({ method, status: response.status }).toEqual({ method, status: 401 })
      expect(await response.text()).not.toContain('"ok":true')
    }
    expect(await (await call({ route: 'settings.get' })).json()).not.toMatchObject({ data: { theme: 'dark' } })
    // Refused attempts do not use the token up.
    expect((await fetch(server.url, { redirect: 'manual' })).status).toBe(303)
  })

  it('does not open the event socket', async () => {
    const { server } = await start()
    const status = await new Promise<number | undefined>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=${server.token}`)
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode))
      socket.once('open', () => {
        socket.close()
        resolve(101)
      })
      socket.once('error', () => resolve(undefined))
    })
    expect(status).toBe(401)
  })
})
