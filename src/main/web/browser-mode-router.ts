import type { Logger } from '../core/log'
import { createRouter, type Router } from '../ipc/router'
import type { Services } from '../compose-services'

/**
 * The web server authenticates every request (token, host, origin) before dispatching, and passes
 * the verified origin as the sender; the router's own check only confirms it is a loopback page.
 */
export function createBrowserModeRouter(services: Services, log: Logger): Router {
  return createRouter(services.handlers, {
    log,
    isTrustedSender: (sender) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(sender.url),
  })
}
