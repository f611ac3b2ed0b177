import type { Bridge } from '../../../src/shared/bridge'
import type { Envelope } from '../../../src/shared/contract/errors'
import type { FetchLike, FetchResponseLike, WebSocketLike } from '../../../src/renderer/src/lib/web-bridge'

/** An in-memory Bridge: records requests, answers with a scripted reply, and lets tests emit events. */
export function createFakeBridge(reply: (route: string, input: unknown) => Promise<Envelope<unknown>>) {
  const requests: { route: string; input: unknown }[] = []
  const listeners = new Map<number, { event: string; listener: (payload: unknown) => void }>()
  const offCalls: number[] = []
  let next = 1
  const bridge: Bridge = {
    request(route, input) {
      requests.push({ route, input })
      return reply(route, input)
    },
    on(event, listener) {
      const id = next++
      listeners.set(id, { event, listener })
      return id
    },
    off(id) {
      offCalls.push(id)
      listeners.delete(id)
    },
  }
  const emit = (event: string, payload: unknown) => {
    for (const entry of listeners.values()) if (entry.event === event) entry.listener(payload)
  }
  return { bridge, requests, listeners, offCalls, emit }
}

export class FakeSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { readonly data: unknown }) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  closed = false

  constructor(readonly url: string) {}

  close(): void {
    this.closed = true
  }
  open(): void {
    this.onopen?.({})
  }
  receive(data: unknown): void {
    this.onmessage?.({ data })
  }
  /** The server went away: browsers fire error, then close. */
  drop(): void {
    this.onerror?.({})
    this.onclose?.({})
  }
}

export function createSocketFactory() {
  const sockets: FakeSocket[] = []
  class RecordedSocket extends FakeSocket {
    constructor(url: string) {
      super(url)
      sockets.push(this)
    }
  }
  return { sockets, WebSocket: RecordedSocket }
}

/** Timers run only when the test says so, and remember the delay they were scheduled with. */
export function createManualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>()
  let next = 1
  return {
    pending,
    setTimeout: (callback: () => void, ms: number) => {
      const id = next++
      pending.set(id, { callback, ms })
      return id
    },
    clearTimeout: (handle: unknown) => {
      pending.delete(handle as number)
    },
    delays: () => [...pending.values()].map((timer) => timer.ms),
    runAll: () => {
      const due = [...pending.entries()]
      pending.clear()
      for (const [, timer] of due) timer.callback()
    },
  }
}

export interface RecordedFetch {
  readonly fetch: FetchLike
  readonly calls: { url: string; init: Parameters<FetchLike>[1] }[]
}

export function createFetch(respond: () => Promise<FetchResponseLike>): RecordedFetch {
  const calls: RecordedFetch['calls'] = []
  return {
    calls,
    fetch: (url, init) => {
      calls.push({ url, init })
      return respond()
    },
  }
}

export function response(status: number, body: string): FetchResponseLike {
  return { status, text: async () => body }
}
