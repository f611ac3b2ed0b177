import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOAD_SOURCE_INFO } from '../../../src/main/core/files/download-sources'
import type { PromptSetImportResult } from '../../../src/shared/contract/prompt-sets'
import { sharedDataFile, usePromptSets } from '../../unit/main/services/prompt-sets/support'

const open = usePromptSets()
const PATH = `/${DOWNLOAD_SOURCE_INFO['arena-hard-v0.1'].path}`

/**
 * Serves the real question.jsonl the way the public repository does, plus the ways a download can
 * go wrong; the first path segment picks the behaviour, the rest must be the source's path.
 */
function startServer(): Promise<Server> {
  const real = readFileSync(sharedDataFile('arena-hard-v0.1/question.jsonl'))
  const server = createServer((request, response) => {
    const [, mode, ...rest] = (request.url ?? '').split('/')
    if (`/${rest.join('/')}` !== PATH) return void response.writeHead(404).end('no such file')
    switch (mode) {
      case 'ok':
        return void response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': real.length }).end(real)
      case 'chunked':
        response.writeHead(200, { 'content-type': 'text/plain' })
        for (let at = 0; at < real.length; at += 10_000) response.write(real.subarray(at, at + 10_000))
        return void response.end()
      case 'error':
        return void response.writeHead(503).end('busy')
      case 'hang':
        return // never answers
      case 'stall':
        response.writeHead(200, { 'content-type': 'text/plain' })
        return void response.write(real.subarray(0, 1000)) // starts, then never finishes
      case 'malformed':
        return void response.writeHead(200).end(`${real.subarray(0, 2000).toString().split('\n')[0]}\n{"uid": "x", "prompt": \n`)
      case 'html':
        return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Rate limited</title>')
      case 'other-shape':
        return void response.writeHead(200).end('{"question": "What?"}\n{"question": "Why?"}\n')
      case 'huge':
        response.writeHead(200, { 'content-type': 'text/plain' })
        for (let i = 0; i < 9; i++) response.write(Buffer.alloc(1024 * 1024, 0x20))
        return void response.end()
      case 'huge-declared':
        return void response.writeHead(200, { 'content-length': 100 * 1024 * 1024 }).end()
      default:
        return void response.writeHead(404).end('no such file')
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

let server: Server
let origin: string

beforeAll(async () => {
  server = await startServer()
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('downloading Arena-Hard v0.1', () => {
  it('stores the 500 questions with their source and license, once', async () => {
    const { call, changes, repo } = open({ downloadBaseUrl: `${origin}/ok` })
    const result = await call<PromptSetImportResult>('promptSets.download', { source: 'arena-hard-v0.1' })
    expect(result.created).toBe(true)
    expect(result.set).toMatchObject({ name: 'Arena-Hard v0.1', domain: 'general', itemCount: 500, builtin: false })
    expect(result.set.sourceNote).toContain('Apache License 2.0')
    expect(result.set.sourceNote).toContain('github.com/lmarena/arena-hard-auto')
    expect(result.set.origin).toMatchObject({ url: `${origin}/ok${PATH}`, shape: 'arena-hard', format: 'jsonl' })
    expect(repo.itemIds(result.set.id)[0]).toBe('328c149ed45a41c0b9d6f14659e63599')
    expect(changes).toHaveLength(1)

    const again = await call<PromptSetImportResult>('promptSets.download', { source: 'arena-hard-v0.1' })
    expect(again).toMatchObject({ created: false, set: { id: result.set.id } })
    expect(repo.list()).toHaveLength(4)
    expect(changes).toHaveLength(1)
  })

  it('reads a response sent in chunks without a length', async () => {
    const { call } = open({ downloadBaseUrl: `${origin}/chunked/` })
    expect((await call<PromptSetImportResult>('promptSets.download', { source: 'arena-hard-v0.1' })).set.itemCount).toBe(500)
  })

  it('uses the public repository address by default', () => {
    expect(DOWNLOAD_SOURCE_INFO['arena-hard-v0.1'].path).toBe('lmarena/arena-hard-auto/main/data/arena-hard-v0.1/question.jsonl')
  })
})

describe('a download that fails stores nothing and says what to do', () => {
  const cases: { name: string; mode: string; timeoutMs?: number; message: string | RegExp }[] = [
    {
      name: 'file not found',
      mode: 'missing',
      message:
        /^The file was not found at http:\/\/127\.0\.0\.1:\d+\/missing\/.*question\.jsonl \(HTTP 404\); it may have moved\. You can also download question\.jsonl yourself and import it as a file\.$/,
    },
    { name: 'server error', mode: 'error', message: /^127\.0\.0\.1:\d+ answered with an error \(HTTP 503\)\. Try again later\./ },
    {
      name: 'no answer',
      mode: 'hang',
      timeoutMs: 300,
      message: /^The download from 127\.0\.0\.1:\d+ took longer than 300 ms and was stopped\. Try again later\. You can also download question\.jsonl yourself/,
    },
    { name: 'answer that stops half-way', mode: 'stall', timeoutMs: 300, message: /took longer than 300 ms and was stopped/ },
    {
      name: 'malformed content',
      mode: 'malformed',
      message: /could not be read, so nothing was imported\. Line 2 is not valid JSON: column 24: the text ends where a value was expected\./,
    },
    { name: 'a web page instead of the file', mode: 'html', message: /could not be read, so nothing was imported\./ },
    {
      name: 'a different kind of file',
      mode: 'other-shape',
      message: /does not look like Arena-Hard v0\.1 \(it may have changed at its source\), so nothing was imported\./,
    },
    {
      name: 'a file far larger than expected',
      mode: 'huge',
      message: /^The downloaded file is larger than 8 MB, which is not what was expected, so nothing was imported\./,
    },
    { name: 'a declared size far larger than expected', mode: 'huge-declared', message: /^The downloaded file is larger than 8 MB/ },
  ]
  for (const { name, mode, timeoutMs, message } of cases) {
    it(name, async () => {
      const { call, changes, repo } = open({ downloadBaseUrl: `${origin}/${mode}`, ...(timeoutMs ? { downloadTimeoutMs: timeoutMs } : {}) })
      const error = await call('promptSets.download', { source: 'arena-hard-v0.1' }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ name: 'AppError', code: 'unavailable' })
      expect((error as Error).message).toMatch(message)
      expect(repo.list()).toHaveLength(3)
      expect(changes).toEqual([])
    })
  }

  it('offline: nothing listening at the address', async () => {
    const closed = await startServer()
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const { call, repo } = open({ downloadBaseUrl: `http://127.0.0.1:${port}` })
    const error = await call('promptSets.download', { source: 'arena-hard-v0.1' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'unavailable' })
    expect((error as Error).message).toBe(
      `Could not reach 127.0.0.1:${port}. Check that this computer is connected to the internet (and any proxy it needs), then try again. You can also download question.jsonl yourself and import it as a file.`,
    )
    expect(repo.list()).toHaveLength(3)
  })
})
