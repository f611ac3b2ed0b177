import { describe, expect, it } from 'vitest'
import type { IncomingHttpHeaders } from 'node:http'
import { authenticate, cookieNameFor, createAccessToken } from '../../../../src/main/web/auth'
import { parseRequestTarget } from '../../../../src/main/web/request-target'

const token = createAccessToken()
const cookie = `${cookieNameFor(token)}=${token}`

/** A page load, where the token in the address is still accepted. */
const check = (headers: IncomingHttpHeaders, target: string, secret: string, acceptUrlToken = true) =>
  authenticate(headers, parseRequestTarget(target)!, secret, acceptUrlToken)

describe('browser-mode authentication', () => {
  it('creates long, unguessable tokens and distinct cookie names per token', () => {
    const other = createAccessToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(other).not.toBe(token)
    expect(cookieNameFor(other)).not.toBe(cookieNameFor(token))
  })

  it('accepts the token from a bearer header, the cookie, or the page query', () => {
    const host = { host: '127.0.0.1:5170' }
    expect(check({ ...host, authorization: `Bearer ${token}` }, '/api/request', token)).toMatchObject({ ok: true, tokenInQuery: false })
    expect(check({ ...host, cookie: `a=b; ${cookie}` }, '/', token)).toMatchObject({ ok: true, origin: 'http://127.0.0.1:5170' })
    expect(check(host, `/?token=${token}`, token)).toMatchObject({ ok: true, tokenInQuery: true })
  })

  it('refuses a missing or wrong token with 401', () => {
    const host = { host: '127.0.0.1:5170' }
    expect(check(host, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(check({ ...host, authorization: `Bearer ${token}x` }, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(check({ ...host, cookie: `${cookieNameFor(token)}=wrong` }, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(check(host, '/?token=', token)).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses other origins and non-loopback hosts with 403, even with the token', () => {
    const auth = { authorization: `Bearer ${token}` }
    expect(check({ ...auth, host: '127.0.0.1:5170', origin: 'https://evil.example' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(check({ ...auth, host: '127.0.0.1:5170', origin: 'http://127.0.0.1:9999' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(check({ ...auth, host: 'evil.example:5170' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(check({ ...auth }, '/', token)).toMatchObject({ ok: false, status: 403 })
  })

  it('accepts any local port and localhost names, for SSH tunnels', () => {
    const auth = { authorization: `Bearer ${token}` }
    expect(check({ ...auth, host: 'localhost:9000', origin: 'http://localhost:9000' }, '/', token)).toMatchObject({ ok: true })
    expect(check({ ...auth, host: '[::1]:9000' }, '/', token)).toMatchObject({ ok: true, origin: 'http://[::1]:9000' })
  })

  it('refuses the token in the address when the caller does not accept it (POST, sockets, a second use)', () => {
    expect(check({ host: '127.0.0.1:5170' }, `/?token=${token}`, token, false)).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses malformed loopback hosts with 403 instead of throwing', () => {
    const auth = { authorization: `Bearer ${token}` }
    for (const host of [
      '127.0.0.1:abc',
      '[::1',
      '127.0.0.1:',
      '127.0.0.1:99999',
      '127.0.0.1:0',
      '',
      'x'.repeat(5000),
      '127.0.0.1@evil.example',
      'localhost/..',
    ]) {
      expect({ host, outcome: check({ ...auth, host }, '/', token) }).toMatchObject({ host, outcome: { ok: false, status: 403 } })
    }
  })
})

describe('request targets', () => {
  it('parses the origin form, including paths that begin with two slashes', () => {
    expect(parseRequestTarget('/a/b?token=x')?.pathname).toBe('/a/b')
    expect(parseRequestTarget('//')?.pathname).toBe('//')
    expect(parseRequestTarget('//evil.example/x')?.host).toBe('localhost')
    expect(parseRequestTarget('/%')?.pathname).toBe('/%')
  })

  it('refuses every other form without throwing', () => {
    for (const target of [undefined, '', '*', 'http://evil.example/', 'api/request', '?x']) expect(parseRequestTarget(target)).toBeUndefined()
  })
})
