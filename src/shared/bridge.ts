import type { Envelope } from './contract/errors'

/**
 * What the renderer may call, whatever carries it: Electron's preload or browser mode's HTTP and
 * WebSocket. Untyped on purpose: the typed client in the renderer is layered on top.
 */
export interface Bridge {
  request(route: string, input: unknown): Promise<Envelope<unknown>>
  /** Subscribes to one event; returns a subscription id for `off`. */
  on(event: string, listener: (payload: unknown) => void): number
  off(subscription: number): void
}
