import { routes } from '../../src/shared/contract'
import type { Handlers } from '../../src/main/ipc/router'

/**
 * A complete handler table for router and transport tests: every route a test does not override
 * fails loudly if it is reached, so a test cannot pass by calling the wrong route.
 */
export function handlerTable(overrides: Partial<Handlers>): Handlers {
  const table: Record<string, unknown> = {}
  for (const route of Object.keys(routes)) {
    table[route] = () => {
      throw new Error(`route ${route} was not expected in this test`)
    }
  }
  return { ...table, ...overrides } as Handlers
}
