import { afterEach } from 'vitest'
import { silentLogger } from '../../src/main/core/log'
import { createRouter } from '../../src/main/ipc/router'
import { createServices, type ServiceOptions, type Services } from '../../src/main/compose-services'
import type { Envelope } from '../../src/shared/contract'
import { useTempDirs } from './temp-dir'

/** Real services over a temp folder, driven through the real router as the renderer would. */
export function useServices() {
  const newDir = useTempDirs()
  const open: Services[] = []
  afterEach(async () => {
    for (const services of open.splice(0)) await services.close()
  })
  return (options: Partial<ServiceOptions> = {}) => {
    const services = createServices({ dataDir: newDir(), log: silentLogger, env: {}, ...options })
    open.push(services)
    const router = createRouter(services.handlers, { log: silentLogger, isTrustedSender: () => true })
    const call = (route: string, input?: unknown): Promise<Envelope<unknown>> => router.dispatch(route, input, { url: 'test' })
    /** For the happy path: the data, or a thrown error carrying the envelope. */
    const ok = async <T = unknown>(route: string, input?: unknown): Promise<T> => {
      const result = await call(route, input)
      if (!result.ok) throw new Error(`${route} failed: ${JSON.stringify(result.error)}`)
      return result.data as T
    }
    return { services, call, ok }
  }
}
