import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { HTTP_REQUEST_PATH } from '../../shared/contract'
import type { EventBus } from '../core/event-bus'
import type { Logger } from '../core/log'
import type { Router } from '../ipc/router'
import { handleApiRequest } from './api-endpoint'
import { authenticate, cookieNameFor, createAccessToken } from './auth'
import { refuseSocket, SECURITY_HEADERS, sendEnvelope, sendText } from './http-helpers'
import { parseRequestTarget } from './request-target'
import { readStaticFile } from './static-files'
import { createUpgradeHandler } from './upgrade-handler'
import { createUrlTokenGate, type UrlTokenGate } from './url-token'

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
  const urlToken = createUrlTokenGate()
  const server = createServer((request, response) => {
    handleHttp(request, response, options, token, urlToken).catch((error: unknown) => {
      options.log.error('Browser mode failed to answer a request', error)
      if (!response.headersSent) sendText(response, 500, 'Internal error; see the terminal for details.')
      else response.destroy()
    })
  })
  server.on('upgrade', createUpgradeHandler(sockets, token, options.log))
  // Without listeners Node drops a CONNECT silently and answers parser errors with 431 or 408 too;
  // browser mode answers all of them with a plain 400 and closes.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy())
    refuseSocket(socket, 400)
  })
  server.on('clientError', (_error: Error, socket: Duplex) => {
    // A malformed request pipelined behind one whose answer is already under way: a status line
    // now would land inside that answer, so the connection is dropped instead.
    if ((socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage?.headersSent) socket.destroy()
    else refuseSocket(socket, 400)
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

async function handleHttp(request: IncomingMessage, response: ServerResponse, options: WebServerOptions, token: string, urlToken: UrlTokenGate): Promise<void> {
  const url = parseRequestTarget(request.url)
  if (!url) {
    sendText(response, 400, 'Bad request.')
    return
  }
  const auth = authenticate(request.headers, url, token, urlToken.accepts(request.method))
  const isApi = url.pathname.startsWith('/api/')
  if (!auth.ok) {
    if (isApi) sendEnvelope(response, auth.status, { ok: false, error: { code: 'forbidden', message: auth.message } })
    else sendText(response, auth.status, auth.message)
    return
  }
  if (auth.tokenInQuery) {
    // Trade the token in the address bar for a cookie, so it leaves the URL (and browser history).
    urlToken.spend()
    redirectWithoutToken(response, url, { 'Set-Cookie': `${cookieNameFor(token)}=${token}; HttpOnly; SameSite=Strict; Path=/` })
    return
  }
  if (url.searchParams.has('token') && (request.method === 'GET' || request.method === 'HEAD')) {
    // A spent address opened again in a browser that has the cookie: drop the dead token from the URL.
    redirectWithoutToken(response, url, {})
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

function redirectWithoutToken(response: ServerResponse, url: URL, headers: Record<string, string>): void {
  url.searchParams.delete('token')
  // The path alone (never `//host`-like): a Location starting with two slashes would leave the site.
  const path = url.pathname.replace(/^\/+/, '/')
  response.writeHead(303, { ...SECURITY_HEADERS, ...headers, Location: `${path}${url.search}`, 'Cache-Control': 'no-store' })
  response.end()
}
