import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLeanFetch } from '../../../../src/main/providers/lean-fetch'
import { readableRepliesOnly } from '../../../../src/main/providers/readable-reply-fetch'
import { UnreadableReplyError } from '../../../../src/main/providers/unreadable-reply-error'
import { wholeBodyOf } from '../../../../src/main/providers/whole-reply'

let server: Server
let base: string
const seen: { method?: string; url?: string; body: string; headers: Record<string, unknown> }[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, body, headers: request.headers })
      if (request.url === '/moved') return void response.writeHead(307, { location: '/json' }).end()
      if (request.url === '/empty') return void response.writeHead(204).end()
      if (request.url === '/hang') return
      if (request.url === '/cut') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' })
        return void response.write('{"choices":[{"message":{"content":"half', () => response.socket?.destroy())
      }
      if (request.url === '/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream' })
        return void response.end('data: {"a":1}\n\n')
      }
      response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'x-request-id': 'req_1' })
      response.end(JSON.stringify({ echoed: body }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))))

describe('lean fetch (issue 17 item 1)', () => {
  it('sends method, headers and body, and gives back status, every header and the body', async () => {
    const fallback = vi.fn<typeof fetch>()
    const response = await createLeanFetch(fallback)(`${base}/json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-key': 'k' },
      body: '{"q":1}',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ echoed: '{"q":1}' })
    expect(response.headers.get('x-request-id')).toBe('req_1')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/json', headers: { 'x-key': 'k' } })
    expect(fallback).not.toHaveBeenCalled()
  })

  it('sends the headers of a Headers object as the SDKs pass them, joined values and all', async () => {
    const headers = new Headers({ 'x-key': 'k2' })
    headers.append('x-tag', 'a')
    headers.append('x-tag', 'b')
    await createLeanFetch()(`${base}/json`, { method: 'POST', headers, body: '{}' })
    expect(seen.at(-1)).toMatchObject({ headers: { 'x-key': 'k2', 'x-tag': 'a, b' } })
  })

  it('hands a redirect, and a body that is neither text nor bytes, to the fallback fetch', async () => {
    const fallback = vi.fn<typeof fetch>(async () => new Response('from fallback'))
    const lean = createLeanFetch(fallback)
    expect(await (await lean(`${base}/moved`, { method: 'GET' })).text()).toBe('from fallback')
    expect(await (await lean(`${base}/json`, { method: 'POST', body: new URLSearchParams({ a: '1' }) })).text()).toBe('from fallback')
    expect(fallback).toHaveBeenCalledTimes(2)
  })

  it('gives a reply with no body as such', async () => {
    const response = await createLeanFetch()(`${base}/empty`)
    expect(response.status).toBe(204)
    expect(response.body).toBeNull()
  })

  it('stops when the caller aborts, with an error the SDKs and our mapping read as an abort', async () => {
    const controller = new AbortController()
    const pending = createLeanFetch()(`${base}/hang`, { signal: controller.signal })
    await vi.waitFor(() => expect(seen.at(-1)?.url).toBe('/hang'))
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('reads a 2xx reply whole, so the readable-JSON check takes its bytes and the same Response', async () => {
    const response = await createLeanFetch()(`${base}/json`, { method: 'POST', body: 'x' })
    expect(new TextDecoder().decode(wholeBodyOf(response))).toBe('{"echoed":"x"}')
    const checked = await readableRepliesOnly(async () => response)(`${base}/json`)
    expect(checked).toBe(response)
    expect(await checked.json()).toEqual({ echoed: 'x' })
  })

  it('passes an event stream on as a stream, not read ahead', async () => {
    const response = await createLeanFetch()(`${base}/events`)
    expect(wholeBodyOf(response)).toBeUndefined()
    expect(await response.text()).toBe('data: {"a":1}\n\n')
  })

  it('fails a 2xx body cut off part-way as a cut-off reply, with what did arrive', async () => {
    const failure = await createLeanFetch()(`${base}/cut`).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UnreadableReplyError)
    expect(failure).toMatchObject({ cutOff: true, firstBytes: '{"choices":[{"message":{"content":"half' })
  })
})
