import { describe, expect, it } from 'vitest'
import { authenticate, cookieNameFor, createAccessToken } from '../../../../src/main/web/auth'

const token = createAccessToken()
const cookie = `${cookieNameFor(token)}=${token}`

describe('browser-mode authentication', () => {
  it('creates long, unguessable tokens and distinct cookie names per token', () => {
    const other = createAccessToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(other).not.toBe(token)
    expect(cookieNameFor(other)).not.toBe(cookieNameFor(token))
  })

  it('accepts the token from a bearer header, the cookie, or the page query', () => {
    const host = { host: '127.0.0.1:5170' }
    expect(authenticate({ ...host, authorization: `Bearer ${token}` }, '/api/request', token)).toMatchObject({ ok: true, tokenInQuery: false })
    expect(authenticate({ ...host, cookie: `a=b; ${cookie}` }, '/', token)).toMatchObject({ ok: true, origin: 'http://127.0.0.1:5170' })
    expect(authenticate(host, `/?token=${token}`, token)).toMatchObject({ ok: true, tokenInQuery: true })
  })

  it('refuses a missing or wrong token with 401', () => {
    const host = { host: '127.0.0.1:5170' }
    expect(authenticate(host, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(authenticate({ ...host, authorization: `Bearer ${token}x` }, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(authenticate({ ...host, cookie: `${cookieNameFor(token)}=wrong` }, '/', token)).toMatchObject({ ok: false, status: 401 })
    expect(authenticate(host, '/?token=', token)).toMatchObject({ ok: false, status: 401 })
  })

  it('refuses other origins and non-loopback hosts with 403, even with the token', () => {
    const auth = { authorization: `Bearer ${token}` }
    expect(authenticate({ ...auth, host: '127.0.0.1:5170', origin: 'https://evil.example' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(authenticate({ ...auth, host: '127.0.0.1:5170', origin: 'http://127.0.0.1:9999' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(authenticate({ ...auth, host: 'evil.example:5170' }, '/', token)).toMatchObject({ ok: false, status: 403 })
    expect(authenticate({ ...auth }, '/', token)).toMatchObject({ ok: false, status: 403 })
  })

  it('accepts any local port and localhost names, for SSH tunnels', () => {
    const auth = { authorization: `Bearer ${token}` }
    expect(authenticate({ ...auth, host: 'localhost:9000', origin: 'http://localhost:9000' }, '/', token)).toMatchObject({ ok: true })
    expect(authenticate({ ...auth, host: '[::1]:9000' }, '/', token)).toMatchObject({ ok: true, origin: 'http://[::1]:9000' })
  })
})
