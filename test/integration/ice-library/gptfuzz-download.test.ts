import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GPTFUZZ_SOURCE } from '../../../src/main/services/ice-library/gptfuzz-download'
import type { IceSetDetail, IceSetImportResult } from '../../../src/shared/contract/ice-library'
import { failure, useIceLibrary } from '../../unit/main/services/ice-library/support'
import { sharedDataFile } from '../../unit/main/services/prompt-sets/support'

const open = useIceLibrary()
const PATH = `/${GPTFUZZ_SOURCE.path}`

/**
 * Serves the real GPTFuzzer.csv the way GitHub does, and the ways a download goes wrong; the first
 * path segment picks the behaviour, the rest must be GPTFuzz's path.
 */
function startServer(): Promise<Server> {
  const real = readFileSync(sharedDataFile('gptfuzz/GPTFuzzer.csv'))
  const short = readFileSync(sharedDataFile('gptfuzz/seed_short_25.csv'))
  const server = createServer((request, response) => {
    const [, mode, ...rest] = (request.url ?? '').split('/')
    if (`/${rest.join('/')}` !== PATH) return void response.writeHead(404).end('404: Not Found')
    const send = (body: Buffer | string) => void response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body)
    switch (mode) {
      case 'ok':
        return send(real)
      case 'error':
        return void response.writeHead(503).end('busy')
      case 'hang':
        return
      case 'text-only':
        // GPTFuzz's other file: templates with a `text` column only.
        return send(short)
      case 'html':
        return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Rate limited</title><p>Slow down</p>')
      case 'no-placeholder':
        return send('id,text\n0,Tell me a story.\n1,Sing me a song.\n')
      case 'broken-csv':
        return send('id,text\n0,"An unclosed quote [INSERT PROMPT HERE]\n')
      case 'latin1':
        return send(Buffer.from([...Buffer.from('id,text\n0,Caf'), 0xe9, ...Buffer.from(' [INSERT PROMPT HERE]\n')]))
      case 'huge':
        response.writeHead(200, { 'content-type': 'text/plain' })
        for (let i = 0; i < 3; i++) response.write(Buffer.alloc(1024 * 1024, 0x20))
        return void response.end()
      default:
        return void response.writeHead(404).end('404: Not Found')
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

describe("downloading GPTFuzz's seed templates", () => {
  it('stores the 77 templates with their source and license, once', async () => {
    const { call, emitted, storedSets } = open({ downloadBaseUrl: `${origin}/ok/` })
    const result = await call<IceSetImportResult>('ice.sets.downloadGptfuzz')
    expect(result.created).toBe(true)
    expect(result.warnings).toEqual([])
    expect(result.set).toMatchObject({
      kind: 'seeds',
      name: 'GPTFuzzer seed templates',
      builtin: false,
      itemCount: 77,
      counts: { withPlaceholder: 77, withoutPlaceholder: 0 },
    })
    expect(result.set.sourceNote).toContain('GPTFuzz')
    expect(result.set.sourceNote).toContain('MIT License')
    expect(result.set.sourceNote).toContain(`${origin}/ok${PATH}`)
    expect(result.set.sourceNote).toContain('github.com/sherdencooper/GPTFuzz')
    const detail = await call<IceSetDetail>('ice.sets.get', { id: result.set.id })
    expect(detail.templates?.[0]).toMatchObject({ id: '0', hasPlaceholder: true })
    expect(detail.templates?.[0]?.text).toMatch(/^\*The scene is set inside the underground headquarters of Dr\. Al\./)
    expect(emitted).toEqual([{ event: 'ice.changed', payload: { what: 'sets' } }])

    const again = await call<IceSetImportResult>('ice.sets.downloadGptfuzz')
    expect(again).toMatchObject({ created: false, set: { id: result.set.id } })
    expect(storedSets()).toBe(1)
    expect(emitted).toHaveLength(1)
  })

  it('uses the GPTFuzz repository by default', () => {
    expect(GPTFUZZ_SOURCE.path).toBe('sherdencooper/GPTFuzz/master/datasets/prompts/GPTFuzzer.csv')
  })
})

describe('a GPTFuzz download that fails stores nothing and says why', () => {
  const cases: { name: string; mode: string; timeoutMs?: number; message: RegExp }[] = [
    {
      name: 'file not found',
      mode: 'missing',
      message:
        /^The file was not found at http:\/\/127\.0\.0\.1:\d+\/missing\/sherdencooper\/GPTFuzz\/master\/datasets\/prompts\/GPTFuzzer\.csv \(HTTP 404\); it may have moved\. You can also download GPTFuzzer\.csv yourself and import it as a file\.$/,
    },
    { name: 'server error', mode: 'error', message: /answered with an error \(HTTP 503\)\. Try again later\./ },
    { name: 'no answer', mode: 'hang', timeoutMs: 300, message: /took longer than 300 ms and was stopped/ },
    {
      name: "GPTFuzz's other file (a text column only)",
      mode: 'text-only',
      message: /does not look like GPTFuzz's seed templates \(its columns are text, not id,text\), so nothing was imported\./,
    },
    { name: 'a web page instead of the file', mode: 'html', message: /does not look like GPTFuzz's seed templates \(its columns are missing, not id,text\)/ },
    {
      name: 'templates without any placeholder',
      mode: 'no-placeholder',
      message: /does not look like GPTFuzz's seed templates \(no template has the \[INSERT PROMPT HERE\] placeholder\)/,
    },
    {
      name: 'a CSV that cannot be read',
      mode: 'broken-csv',
      message: /^The file downloaded from 127\.0\.0\.1:\d+ could not be read, so nothing was imported\. "GPTFuzzer\.csv", line 2: /,
    },
    {
      name: 'text that is not UTF-8',
      mode: 'latin1',
      message: /could not be read, so nothing was imported\. "GPTFuzzer\.csv", line 2: this line contains bytes that are not UTF-8 text/,
    },
    {
      name: 'a file far larger than expected',
      mode: 'huge',
      message: /^The downloaded file is larger than 2 MB, which is not what was expected, so nothing was imported\./,
    },
  ]
  for (const { name, mode, timeoutMs, message } of cases) {
    it(name, async () => {
      const { call, emitted, storedSets } = open({ downloadBaseUrl: `${origin}/${mode}`, ...(timeoutMs ? { downloadTimeoutMs: timeoutMs } : {}) })
      const error = await failure(call('ice.sets.downloadGptfuzz'))
      expect(error.code).toBe('unavailable')
      expect(error.message).toMatch(message)
      expect(storedSets()).toBe(0)
      expect(emitted).toEqual([])
    })
  }

  it('offline: nothing listening at the address', async () => {
    const closed = await startServer()
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const { call, storedSets } = open({ downloadBaseUrl: `http://127.0.0.1:${port}/ok` })
    expect(await failure(call('ice.sets.downloadGptfuzz'))).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^Could not reach 127\.0\.0\.1:\d+\. Check that this computer is connected to the internet/),
    })
    expect(storedSets()).toBe(0)
  })
})
