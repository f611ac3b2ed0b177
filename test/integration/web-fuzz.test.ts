import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cookieNameFor } from '../../src/main/web/auth'
import { sendRaw, type RawReply } from '../support/raw-http'
import { fuzzCorpus, type FuzzCase } from '../support/web-fuzz-corpus'
import { PAGE_MARKER } from '../support/web-server-child'

/**
 * Item 1 of issue 12: browser mode cannot be crashed. The server runs in a child process, so a throw
 * in a handler shows up as that process exiting rather than as noise in the test runner.
 *
 * Decision: every request gets a status line, upgrade refusals included (the server writes the
 * status, then closes). Allowed: 400 (malformed request, Host or handshake), 401 (no valid token),
 * 403 (foreign Host or Origin), 404 (no such path); a 101 only for a valid handshake carrying the
 * token as a bearer or cookie to the events path. Nothing else, and never a 500.
 */
const SEED = 0x5eed12
const CASES = 300
const REFUSALS = new Set([400, 401, 403, 404])

let child: ChildProcess
let stderr = ''
let port = 0
let token = ''

beforeAll(async () => {
  child = spawn(process.execPath, ['tools/run-ts.mjs', 'test/support/web-server-child.ts'], { stdio: ['pipe', 'pipe', 'pipe'] })
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${stderr}`)))
  })
  ;({ port, token } = JSON.parse(first) as { port: number; token: string })
})

afterAll(async () => {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.stdin!.end()
  await exited
})

/** Data is the app's page or a successful API envelope; a refusal's message is not data. */
function carriesData(reply: RawReply): boolean {
  const text = reply.body.toString('utf8')
  if (text.includes(PAGE_MARKER)) return true
  try {
    const parsed = JSON.parse(text) as { ok?: unknown; data?: unknown }
    return parsed.ok === true || parsed.data !== undefined
  } catch {
    return false
  }
}

function problem(fuzzCase: FuzzCase, reply: RawReply): string | undefined {
  if (reply.hung) return 'no complete reply'
  if (reply.status === 101) return fuzzCase.mayUpgrade ? undefined : 'upgraded without a valid handshake and token'
  if (reply.status === undefined) return 'closed without a status line'
  if (!REFUSALS.has(reply.status)) return `answered ${reply.status}`
  if (carriesData(reply)) return 'the refusal carried data'
  return undefined
}

describe('browser mode under malformed requests', () => {
  it(`refuses ${CASES} seeded malformed requests cleanly and keeps serving`, { timeout: 60_000 }, async () => {
    const problems: string[] = []
    const seen = new Set<number | undefined>()
    for (const fuzzCase of fuzzCorpus(SEED, CASES, { port, token, cookieName: cookieNameFor(token) })) {
      const reply = await sendRaw(port, fuzzCase.bytes, { head: fuzzCase.head })
      seen.add(reply.status)
      const found = problem(fuzzCase, reply)
      if (found) problems.push(`${found}: ${fuzzCase.label}`)
      if (child.exitCode !== null) {
        problems.push(`the server exited (${child.exitCode}) after: ${fuzzCase.label}\n${stderr.slice(0, 2000)}`)
        break
      }
    }
    expect(problems).toEqual([])
    // The corpus reaches every outcome, a successful handshake included (the seed fixes which).
    expect([...seen].sort()).toEqual([101, 400, 401, 403, 404])
    expect(child.exitCode).toBeNull()
    const page = await sendRaw(port, Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`))
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain(PAGE_MARKER)
  })
})
