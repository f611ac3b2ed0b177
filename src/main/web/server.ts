import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { HTTP_REQUEST_PATH, WS_EVENTS_PATH } from '../../shared/contract'
import type { EventBus } from '../core/event-bus'
import type { Logger } from '../core/log'
import type { Router } from '../ipc/router'
import { handleApiRequest } from './api-endpoint'
import { authenticate, cookieNameFor, createAccessToken } from './auth'
import { SECURITY_HEADERS, sendEnvelope, sendText } from './http-helpers'
import { readStaticFile } from './static-files'

export interface WebServerOptions {
  readonly router: Router
  readonly events: EventBus
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string
  /** 0 picks a free port. */
  readonly port: number
  readonly log: Logger
  readonly token?: string
}

export interface WebServer {
  readonly url: string
  readonly port: number
  readonly token: string
  close(): Promise<void>
}

/** Browser mode: the renderer and the router on 127.0.0.1 only, behind a per-launch token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? createAccessToken()
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 })
  const server = createServer((request, response) => {
    handleHttp(request, response, options, token).catch((error: unknown) => {
      options.log.error('Browser mode failed to answer a request', error)
      if (!response.headersSent) sendText(response, 500, 'Internal error; see the terminal for details.')
      else response.destroy()
    })
  })
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const auth = authenticate(request.headers, request.url ?? '/', token)
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (!auth.ok || path !== WS_EVENTS_PATH) {
      const status = auth.ok ? '404 Not Found' : auth.status === 401 ? '401 Unauthorized' : '403 Forbidden'
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    sockets.handleUpgrade(request, socket, head, (client: WebSocket) => sockets.emit('connection', client))
  })
  const detach = options.events.attach((event, payload) => {
    const message = JSON.stringify({ event, payload })
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(message)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      detach()
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function handleHttp(request: IncomingMessage, response: ServerResponse, options: WebServerOptions, token: string): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const auth = authenticate(request.headers, request.url ?? '/', token)
  const isApi = url.pathname.startsWith('/api/')
  if (!auth.ok) {
    if (isApi) sendEnvelope(response, auth.status, { ok: false, error: { code: 'forbidden', message: auth.message } })
    else sendText(response, auth.status, auth.message)
    return
  }
  if (auth.tokenInQuery && request.method === 'GET') {
    // Trade the token in the address bar for a cookie, so it leaves the URL (and browser history).
    url.searchParams.delete('token')
    response.writeHead(303, {
      ...SECURITY_HEADERS,
      Location: `${url.pathname}${url.search}`,
      'Set-Cookie': `${cookieNameFor(token)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      'Cache-Control': 'no-store',
    })
    response.end()
    return
  }
  if (url.pathname === HTTP_REQUEST_PATH) return handleApiRequest(request, response, options.router, auth.origin)
  if (isApi || (request.method !== 'GET' && request.method !== 'HEAD')) {
    sendText(response, 404, 'Not found.')
    return
  }
  const file = await readStaticFile(options.rendererDir, url.pathname)
  if (!file) {
    sendText(response, 404, 'Not found.')
    return
  }
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' })
  response.end(request.method === 'HEAD' ? undefined : file.body)
}
