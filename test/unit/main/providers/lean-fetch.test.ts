import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLeanFetch } from '../../../../src/main/providers/lean-fetch'

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
})
