import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** A fresh secret per launch; whoever has the printed URL has it, nobody else can guess it. */
export function createAccessToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Cookies are shared by every port of a host, so two instances on 127.0.0.1 would overwrite one
 * another's cookie under a fixed name; the name is derived from the token instead.
 */
export function cookieNameFor(token: string): string {
  return `distillscope_${createHash('sha256').update(token).digest('hex').slice(0, 12)}`
}

export type AuthOutcome =
  { readonly ok: true; readonly origin: string; readonly tokenInQuery: boolean } | { readonly ok: false; readonly status: 401 | 403; readonly message: string }

/** A loopback name and an optional port of digits: anything else in Host is refused, never parsed further. */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::(\d{1,5}))?$/

/**
 * Decides whether a request may reach the app. In order:
 * - the Host must be a loopback name (defeats DNS rebinding: a page on another site that resolves
 *   to 127.0.0.1 still sends its own host name);
 * - a browser's Origin, when sent, must be this very origin (another site's page cannot call us);
 * - the per-launch token must be present: Authorization bearer or our cookie, or `?token=` in the
 *   address when the caller allows it (a page load, once; see server.ts). The port is not checked
 *   so an SSH tunnel to another local port still works.
 * Never throws, whatever the headers hold.
 */
export function authenticate(headers: IncomingHttpHeaders, target: URL, token: string, acceptUrlToken: boolean): AuthOutcome {
  const host = headers.host ?? ''
  if (!isLoopbackHost(host)) {
    return { ok: false, status: 403, message: 'Browser mode only answers on 127.0.0.1 or localhost.' }
  }
  const origin = `http://${host}`
  if (headers.origin !== undefined && headers.origin !== origin) {
    return { ok: false, status: 403, message: 'Requests from other sites are refused.' }
  }
  const presented = [bearerToken(headers.authorization), readCookie(headers.cookie, cookieNameFor(token))]
  if (presented.some((candidate) => candidate !== undefined && sameSecret(candidate, token))) {
    return { ok: true, origin, tokenInQuery: false }
  }
  const fromQuery = target.searchParams.get('token')
  if (acceptUrlToken && fromQuery !== null && sameSecret(fromQuery, token)) return { ok: true, origin, tokenInQuery: true }
  return {
    ok: false,
    status: 401,
    message: 'Access token missing or wrong. Open the address printed in the terminal where browser mode was started.',
  }
}

function isLoopbackHost(host: string): boolean {
  const match = LOOPBACK_HOST.exec(host)
  return match !== null && (match[1] === undefined || (Number(match[1]) >= 1 && Number(match[1]) <= 65535))
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1]
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

function sameSecret(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
