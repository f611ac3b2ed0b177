import type { Bridge } from '../../../shared/bridge'
import { createWebBridge } from './web-bridge'

/*
 * The only place that knows there are two transports. Electron's preload exposes a Bridge as
 * `window.distillscope`; when it is absent the page was opened in a browser from `distillscope web`.
 */

function isBridge(value: unknown): value is Bridge {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<keyof Bridge, unknown>>
  return typeof candidate.request === 'function' && typeof candidate.on === 'function' && typeof candidate.off === 'function'
}

export function resolveBridge(): Bridge {
  const exposed: unknown = (window as Window & { distillscope?: unknown }).distillscope
  if (isBridge(exposed)) return exposed
  return createWebBridge({
    location: window.location,
    // Wrapped so fetch is always called with `window` as its receiver.
    fetch: (url, init) => window.fetch(url, init),
    WebSocket: window.WebSocket,
  })
}
