import { afterEach, describe, expect, it } from 'vitest'
import {
  RECONNECT_DELAYS_MS,
  UNAVAILABLE_MESSAGE,
  createWebBridge,
  eventsUrl,
  type FetchResponseLike,
  type WebBridge,
} from '../../../src/renderer/src/lib/web-bridge'
import { HTTP_REQUEST_PATH, WS_EVENTS_PATH } from '../../../src/shared/contract/channels'
import { createFetch, createManualTimers, createSocketFactory, response, type FakeSocket } from './fakes'

const location = { protocol: 'http:', host: '127.0.0.1:4173' }
let bridges: WebBridge[] = []

function setup(respond: () => Promise<FetchResponseLike> = async () => response(200, '{"ok":true,"data":null}')) {
  const http = createFetch(respond)
  const sockets = createSocketFactory()
  const timers = createManualTimers()
  const reported: unknown[] = []
  const bridge = createWebBridge({
    location,
    fetch: http.fetch,
    WebSocket: sockets.WebSocket,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    reportError: (error) => reported.push(error),
  })
  bridges.push(bridge)
  return { bridge, http, sockets: sockets.sockets, timers, reported }
}

function only(sockets: FakeSocket[]): FakeSocket {
  expect(sockets).toHaveLength(1)
  return sockets[0] as FakeSocket
}

afterEach(() => {
  for (const bridge of bridges) bridge.dispose()
  bridges = []
})

describe('web bridge: requests', () => {
  it('POSTs {route, input} as JSON to the request path and returns the success envelope', async () => {
    const { bridge, http } = setup(async () => response(200, JSON.stringify({ ok: true, data: { theme: 'dark' } })))
    await expect(bridge.request('settings.update', { theme: 'dark' })).resolves.toEqual({ ok: true, data: { theme: 'dark' } })
    expect(http.calls).toHaveLength(1)
    const call = http.calls[0]
    expect(call?.url).toBe(HTTP_REQUEST_PATH)
    expect(call?.init.method).toBe('POST')
    expect(call?.init.headers['content-type']).toBe('application/json')
    expect(call?.init.credentials).toBe('same-origin')
    expect(JSON.parse(call?.init.body ?? 'null')).toEqual({ route: 'settings.update', input: { theme: 'dark' } })
  })

  it('returns the error envelope a 401 carries, issues included', async () => {
    const error = { code: 'forbidden', message: 'This page is no longer signed in. Open it again from the app.' }
    const { bridge } = setup(async () => response(401, JSON.stringify({ ok: false, error })))
    await expect(bridge.request('app.info', undefined)).resolves.toEqual({ ok: false, error })

    const issues = [{ path: 'theme', message: 'Choose light, dark or system.' }]
    const invalid = { code: 'invalid_input', message: 'Check the form.', issues }
    const second = setup(async () => response(400, JSON.stringify({ ok: false, error: invalid })))
    await expect(second.bridge.request('settings.update', { theme: 1 })).resolves.toEqual({ ok: false, error: invalid })
  })

  it('resolves (never rejects) to an unavailable envelope when the network fails', async () => {
    const { bridge } = setup(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(bridge.request('app.info', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable', message: UNAVAILABLE_MESSAGE },
    })
    expect(UNAVAILABLE_MESSAGE).toBe('Cannot reach the Distillscope backend. Is it still running?')
  })

  it('treats a body that breaks off mid-read as unavailable too', async () => {
    const { bridge } = setup(async () => ({ status: 200, text: () => Promise.reject(new TypeError('network error')) }))
    const envelope = await bridge.request('app.info', undefined)
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('turns a non-JSON body (a proxy error page) into a clear internal error naming the HTTP status', async () => {
    const { bridge } = setup(async () => response(502, '<html><body>Bad Gateway</body></html>'))
    const envelope = await bridge.request('app.info', undefined)
    expect(envelope.ok).toBe(false)
    if (envelope.ok) return
    expect(envelope.error.code).toBe('internal')
    expect(envelope.error.message).toContain('HTTP 502')
    expect(envelope.error.message).not.toContain('<html>')
  })

  it.each([
    ['a JSON value that is not an envelope', '[1, 2, 3]'],
    ['an envelope without ok', '{"data": 1}'],
    ['an error envelope with an unknown code', '{"ok": false, "error": {"code": "teapot", "message": "no"}}'],
    ['an error envelope without a message', '{"ok": false, "error": {"code": "internal"}}'],
  ])('rejects %s as unreadable', async (_label, body) => {
    const { bridge } = setup(async () => response(200, body))
    await expect(bridge.request('app.info', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('drops malformed issues but keeps the well-formed ones', async () => {
    const body = { ok: false, error: { code: 'invalid_input', message: 'Bad', issues: [{ path: 'a', message: 'm' }, { path: 1 }, null] } }
    const { bridge } = setup(async () => response(400, JSON.stringify(body)))
    await expect(bridge.request('settings.update', {})).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Bad', issues: [{ path: 'a', message: 'm' }] },
    })
  })

  it('does not send input that cannot be serialised', async () => {
    const { bridge, http } = setup()
    await expect(bridge.request('settings.update', { big: 1n })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(http.calls).toHaveLength(0)
  })
})

describe('web bridge: events', () => {
  it('derives the socket URL from the page origin', () => {
    expect(eventsUrl({ protocol: 'http:', host: 'localhost:5000' })).toBe(`ws://localhost:5000${WS_EVENTS_PATH}`)
    expect(eventsUrl({ protocol: 'https:', host: 'example.test' })).toBe(`wss://example.test${WS_EVENTS_PATH}`)
  })

  it('opens one socket on the first subscription and shares it', () => {
    const { bridge, sockets } = setup()
    expect(sockets).toHaveLength(0)
    bridge.on('settings.changed', () => {})
    bridge.on('other.event', () => {})
    expect(only(sockets).url).toBe(`ws://127.0.0.1:4173${WS_EVENTS_PATH}`)
  })

  it('dispatches each message to the listeners of its event only', () => {
    const { bridge, sockets } = setup()
    const settings: unknown[] = []
    const other: unknown[] = []
    bridge.on('settings.changed', (payload) => settings.push(payload))
    bridge.on('other.event', (payload) => other.push(payload))
    const socket = only(sockets)
    socket.open()
    socket.receive(JSON.stringify({ event: 'settings.changed', payload: { theme: 'dark' } }))
    socket.receive(JSON.stringify({ event: 'other.event', payload: 42 }))
    socket.receive(JSON.stringify({ event: 'nobody.listens', payload: 'x' }))
    expect(settings).toEqual([{ theme: 'dark' }])
    expect(other).toEqual([42])
  })

  it('ignores malformed messages and keeps delivering good ones', () => {
    const { bridge, sockets, reported } = setup()
    const received: unknown[] = []
    bridge.on('settings.changed', (payload) => received.push(payload))
    const socket = only(sockets)
    for (const bad of ['not json', '{"event": ', 'null', '42', '"settings.changed"', '[]', '{"payload": 1}', '{"event": 7}']) {
      socket.receive(bad)
    }
    socket.receive(new ArrayBuffer(8))
    socket.receive(JSON.stringify({ event: 'settings.changed', payload: { theme: 'light' } }))
    expect(received).toEqual([{ theme: 'light' }])
    expect(reported).toEqual([])
  })

  it('stops delivering to a listener after off, without affecting the others', () => {
    const { bridge, sockets } = setup()
    const first: unknown[] = []
    const second: unknown[] = []
    const id = bridge.on('settings.changed', (payload) => first.push(payload))
    bridge.on('settings.changed', (payload) => second.push(payload))
    const socket = only(sockets)
    socket.receive(JSON.stringify({ event: 'settings.changed', payload: 1 }))
    bridge.off(id)
    socket.receive(JSON.stringify({ event: 'settings.changed', payload: 2 }))
    expect(first).toEqual([1])
    expect(second).toEqual([1, 2])
  })

  it('reports a throwing listener and still delivers to the rest', () => {
    const { bridge, sockets, reported } = setup()
    const received: unknown[] = []
    const failure = new Error('listener bug')
    bridge.on('settings.changed', () => {
      throw failure
    })
    bridge.on('settings.changed', (payload) => received.push(payload))
    only(sockets).receive(JSON.stringify({ event: 'settings.changed', payload: 'p' }))
    expect(reported).toEqual([failure])
    expect(received).toEqual(['p'])
  })
})

describe('web bridge: reconnecting', () => {
  it('reconnects after the socket closes and delivers events from the new socket', () => {
    const { bridge, sockets, timers } = setup()
    const received: unknown[] = []
    bridge.on('settings.changed', (payload) => received.push(payload))
    const first = only(sockets)
    first.open()
    first.drop()
    expect(sockets).toHaveLength(1)
    expect(timers.delays()).toEqual([RECONNECT_DELAYS_MS[0]])

    timers.runAll()
    expect(sockets).toHaveLength(2)
    const second = sockets[1] as FakeSocket
    expect(second.url).toBe(first.url)
    second.open()
    second.receive(JSON.stringify({ event: 'settings.changed', payload: 'after restart' }))
    // A late message on the dead socket must not be delivered twice or out of order.
    first.receive(JSON.stringify({ event: 'settings.changed', payload: 'stale' }))
    expect(received).toEqual(['after restart'])
  })

  it('says it reconnected when a connection opens again after a drop, and not on the first opening', () => {
    const { bridge, sockets, timers } = setup()
    const reconnected: unknown[] = []
    bridge.on('app.reconnected', (payload) => reconnected.push(payload))
    const first = only(sockets)
    first.open()
    expect(reconnected).toEqual([])
    first.drop()
    timers.runAll()
    const second = sockets[1] as FakeSocket
    expect(reconnected).toEqual([])
    second.open()
    expect(reconnected).toEqual([null])
    // A socket that was replaced says nothing when it opens late.
    first.open()
    expect(reconnected).toEqual([null])
  })

  it('backs off while the backend stays down, and starts over once a connection opens', () => {
    const { bridge, sockets, timers } = setup()
    bridge.on('settings.changed', () => {})
    const seen: number[] = []
    for (let i = 0; i < RECONNECT_DELAYS_MS.length + 1; i++) {
      ;(sockets.at(-1) as FakeSocket).drop()
      seen.push(...timers.delays())
      timers.runAll()
    }
    expect(seen).toEqual([...RECONNECT_DELAYS_MS, RECONNECT_DELAYS_MS.at(-1)])

    const live = sockets.at(-1) as FakeSocket
    live.open()
    live.drop()
    expect(timers.delays()).toEqual([RECONNECT_DELAYS_MS[0]])
  })

  it('does not reconnect while nobody listens, and reconnects on the next subscription', () => {
    const { bridge, sockets, timers } = setup()
    const id = bridge.on('settings.changed', () => {})
    bridge.off(id)
    only(sockets).drop()
    expect(timers.pending.size).toBe(0)

    const received: unknown[] = []
    bridge.on('settings.changed', (payload) => received.push(payload))
    expect(sockets).toHaveLength(2)
    ;(sockets[1] as FakeSocket).receive(JSON.stringify({ event: 'settings.changed', payload: 'back' }))
    expect(received).toEqual(['back'])
  })

  it('stops for good when disposed', () => {
    const { bridge, sockets, timers } = setup()
    bridge.on('settings.changed', () => {})
    only(sockets).drop()
    expect(timers.pending.size).toBe(1)
    bridge.dispose()
    expect(timers.pending.size).toBe(0)

    const other = setup()
    other.bridge.on('settings.changed', () => {})
    const socket = only(other.sockets)
    other.bridge.dispose()
    expect(socket.closed).toBe(true)
    socket.drop()
    expect(other.timers.pending.size).toBe(0)
  })
})
