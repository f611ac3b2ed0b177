import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket, WebSocketServer } from 'ws'
import { WS_EVENTS_PATH } from '../../shared/contract'
import type { Logger } from '../core/log'
import { authenticate } from './auth'
import { refuseSocket } from './http-helpers'
import { parseRequestTarget } from './request-target'

/**
 * The `upgrade` event, outside the HTTP server's error handling: a throw here would end the process,
 * and a socket error without a listener too. So: the socket gets an error listener first, the
 * checks cannot throw, and anything unexpected still refuses with 400 rather than propagating.
 * The token is never accepted from a socket's URL (the page has its cookie by then).
 */
export function createUpgradeHandler(sockets: WebSocketServer, token: string, log: Logger) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy())
    try {
      const target = parseRequestTarget(request.url)
      if (!target) return refuseSocket(socket, 400)
      const auth = authenticate(request.headers, target, token, false)
      if (!auth.ok) return refuseSocket(socket, auth.status)
      if (target.pathname !== WS_EVENTS_PATH) return refuseSocket(socket, 404)
      // ws answers a bad handshake (key, version, Upgrade header) with 400 itself.
      sockets.handleUpgrade(request, socket, head, (client: WebSocket) => sockets.emit('connection', client))
    } catch (error) {
      log.error('Browser mode failed to handle a socket upgrade', error)
      refuseSocket(socket, 400)
    }
  }
}
