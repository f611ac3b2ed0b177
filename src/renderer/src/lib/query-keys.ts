import type { RouteName } from '../../../shared/contract/index'

/**
 * Queries are keyed by route (then input, if any), so an event or a mutation that knows a route's
 * fresh value can write it straight into the cache.
 */
export function routeKey(route: RouteName, input?: unknown): readonly unknown[] {
  return input === undefined ? [route] : [route, input]
}
