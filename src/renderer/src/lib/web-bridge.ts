import type { Bridge } from '../../../shared/bridge'
import { HTTP_REQUEST_PATH, WS_EVENTS_PATH } from '../../../shared/contract/channels'
import type { Envelope, ErrorBody } from '../../../shared/contract/errors'
import { UNAVAILABLE_MESSAGE, parseEnvelope } from './envelope'

export { UNAVAILABLE_MESSAGE }

/*
 * Browser mode's transport: requests over fetch, events over one WebSocket. Everything the outside
 * world provides is injected, so this file runs (and is tested) without a browser.
 */

/**
 * Handlers are typed through a method signature so that the DOM's own `WebSocket` (whose handlers
 * take a richer event) still satisfies this interface; we only ever read `data` from a message.
 */
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack']

export interface WebSocketLike {
  onopen: Handler<unknown> | null
  onmessage: Handler<{ readonly data: unknown }> | null
  onclose: Handler<unknown> | null
  onerror: Handler<unknown> | null
  close(): void
}

export type WebSocketConstructor = new (url: string) => WebSocketLike

export interface FetchResponseLike {
  readonly status: number
  text(): Promise<string>
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; credentials: 'same-origin' },
) => Promise<FetchResponseLike>

export interface WebBridgeDeps {
  /** Only `protocol` and `host` are used: the API lives on the page's own origin. */
  readonly location: { readonly protocol: string; readonly host: string }
  readonly fetch: FetchLike
  readonly WebSocket: WebSocketConstructor
  readonly setTimeout?: (callback: () => void, ms: number) => unknown
  readonly clearTimeout?: (handle: unknown) => void
  /** Where a throwing event listener is reported, so one bad listener cannot starve the others. */
  readonly reportError?: (error: unknown) => void
}

export interface WebBridge extends Bridge {
  /** Closes the event socket and stops reconnecting; for tests and teardown. */
  dispose(): void
}

/** Reconnect delays in ms; the last one repeats. Short at first because a restart takes seconds. */
export const RECONNECT_DELAYS_MS = [500, 1000, 2000, 5000, 10_000] as const

export function eventsUrl(location: { readonly protocol: string; readonly host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}${WS_EVENTS_PATH}`
}

function failure(error: ErrorBody): Envelope<unknown> {
  return { ok: false, error }
}

function unreadableReply(status: number): Envelope<unknown> {
  return failure({
    code: 'internal',
    message: `The Distillscope backend sent a reply the app could not read (HTTP ${status}). Try again, or restart Distillscope.`,
  })
}

interface Subscription {
  readonly event: string
  readonly listener: (payload: unknown) => void
}

export function createWebBridge(deps: WebBridgeDeps): WebBridge {
  const schedule = deps.setTimeout ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms))
  const cancel = deps.clearTimeout ?? ((handle: unknown) => globalThis.clearTimeout(handle as number))
  const reportError = deps.reportError ?? ((error: unknown) => console.error(error))
  const url = eventsUrl(deps.location)

  const subscriptions = new Map<number, Subscription>()
  let nextSubscription = 1
  let socket: WebSocketLike | undefined
  let reconnectTimer: unknown
  let attempt = 0
  let disposed = false
  // Whether a connection was ever open: an open after that is a reconnection (events were missed).
  let openedBefore = false

  function dispatch(data: unknown): void {
    if (typeof data !== 'string') return
    let message: unknown
    try {
      message = JSON.parse(data)
    } catch {
      return
    }
    if (typeof message !== 'object' || message === null) return
    const { event, payload } = message as { event?: unknown; payload?: unknown }
    if (typeof event !== 'string') return
    // Snapshot first: a listener may unsubscribe itself (or others) while we iterate.
    for (const subscription of [...subscriptions.values()]) {
      if (subscription.event !== event) continue
      try {
        subscription.listener(payload)
      } catch (error) {
        reportError(error)
      }
    }
  }

  function connect(): void {
    if (disposed || socket) return
    const current = new deps.WebSocket(url)
    socket = current
    current.onopen = () => {
      attempt = 0
      if (socket !== current) return
      if (openedBefore) dispatch(JSON.stringify({ event: 'app.reconnected', payload: null }))
      openedBefore = true
    }
    current.onmessage = (event) => {
      if (socket === current) dispatch(event.data)
    }
    // An error is always followed by close, which is where reconnecting happens.
    current.onerror = () => {}
    current.onclose = () => {
      if (socket !== current) return
      socket = undefined
      scheduleReconnect()
    }
  }

  function scheduleReconnect(): void {
    // Nobody listening: reconnect lazily on the next subscription instead of polling a dead server.
    if (disposed || reconnectTimer !== undefined || subscriptions.size === 0) return
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 10_000
    attempt += 1
    reconnectTimer = schedule(() => {
      reconnectTimer = undefined
      connect()
    }, delay)
  }

  async function request(route: string, input: unknown): Promise<Envelope<unknown>> {
    let requestBody: string
    try {
      requestBody = JSON.stringify({ route, input })
    } catch {
      // Only a programming error gets here (a cycle or a BigInt); the typed client never sends one.
      return failure({ code: 'invalid_input', message: 'This request contains data that cannot be sent.' })
    }
    let response: FetchResponseLike
    let body: string
    try {
      response = await deps.fetch(HTTP_REQUEST_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: requestBody,
        credentials: 'same-origin',
      })
      body = await response.text()
    } catch {
      return failure({ code: 'unavailable', message: UNAVAILABLE_MESSAGE })
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return unreadableReply(response.status)
    }
    return parseEnvelope(parsed) ?? unreadableReply(response.status)
  }

  return {
    request,
    on(event, listener) {
      const id = nextSubscription++
      subscriptions.set(id, { event, listener })
      if (!socket && reconnectTimer === undefined) connect()
      return id
    },
    off(subscription) {
      subscriptions.delete(subscription)
    },
    dispose() {
      disposed = true
      if (reconnectTimer !== undefined) cancel(reconnectTimer)
      reconnectTimer = undefined
      const current = socket
      socket = undefined
      current?.close()
      subscriptions.clear()
    },
  }
}
