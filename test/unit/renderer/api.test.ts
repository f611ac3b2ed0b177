import { describe, expect, it } from 'vitest'
import { ApiError, createApiClient, userMessage } from '../../../src/renderer/src/lib/api'
import type { Envelope } from '../../../src/shared/contract/errors'
import { createFakeBridge } from './fakes'

const settings = { theme: 'dark' as const }

function clientReplying(envelope: unknown) {
  const fake = createFakeBridge(async () => envelope as Envelope<unknown>)
  return { ...fake, api: createApiClient(fake.bridge) }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the promise to reject, but it resolved')
}

describe('createApiClient: request', () => {
  it('sends the route and input and resolves with the data of a success envelope', async () => {
    const { api, requests } = clientReplying({ ok: true, data: settings })
    await expect(api.request('settings.update', { theme: 'dark' })).resolves.toEqual(settings)
    expect(requests).toEqual([{ route: 'settings.update', input: { theme: 'dark' } }])
  })

  it('lets the input be left out when the route accepts none', async () => {
    const { api, requests } = clientReplying({ ok: true, data: settings })
    await api.request('settings.get')
    expect(requests).toEqual([{ route: 'settings.get', input: undefined }])
  })

  it('throws an ApiError carrying code, message and issues from an error envelope', async () => {
    const issues = [{ path: 'theme', message: 'Choose light, dark or system.' }]
    const { api } = clientReplying({ ok: false, error: { code: 'invalid_input', message: 'Check the theme.', issues } })
    const error = await rejection(api.request('settings.update', { theme: 'dark' }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ name: 'ApiError', code: 'invalid_input', message: 'Check the theme.', issues })
  })

  it('gives an empty issue list when the error envelope has none', async () => {
    const { api } = clientReplying({ ok: false, error: { code: 'unavailable', message: 'Backend down.' } })
    const error = await rejection(api.request('app.info'))
    expect(error).toMatchObject({ code: 'unavailable', message: 'Backend down.', issues: [] })
  })

  it('turns a rejected bridge call (e.g. no handler in main) into an unavailable ApiError', async () => {
    const fake = createFakeBridge(() => Promise.reject(new Error('No handler registered')))
    const error = await rejection(createApiClient(fake.bridge).request('app.info'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'unavailable' })
    expect((error as ApiError).message).not.toContain('No handler registered')
  })

  it.each([
    ['null', null],
    ['a string', 'ok'],
    ['a non-boolean ok', { ok: 'yes', data: 1 }],
    ['an error with an unknown code', { ok: false, error: { code: 'teapot', message: 'short and stout' } }],
    ['an error without a message', { ok: false, error: { code: 'internal' } }],
  ])('rejects %s as an internal ApiError instead of passing it on', async (_label, envelope) => {
    const { api } = clientReplying(envelope)
    const error = await rejection(api.request('app.info'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'internal' })
  })
})

describe('createApiClient: on', () => {
  it('delivers payloads of the subscribed event only, and unsubscribes through the bridge', () => {
    const { api, emit, listeners, offCalls } = clientReplying({ ok: true, data: null })
    const received: unknown[] = []
    const unsubscribe = api.on('settings.changed', (payload) => received.push(payload))
    emit('settings.changed', settings)
    emit('something.else', { theme: 'light' })
    expect(received).toEqual([settings])

    unsubscribe()
    expect(listeners.size).toBe(0)
    emit('settings.changed', { theme: 'light' })
    expect(received).toEqual([settings])

    unsubscribe()
    expect(offCalls).toHaveLength(1)
  })

  it('keeps separate subscriptions independent', () => {
    const { api, emit } = clientReplying({ ok: true, data: null })
    const first: unknown[] = []
    const second: unknown[] = []
    const stopFirst = api.on('settings.changed', (payload) => first.push(payload))
    api.on('settings.changed', (payload) => second.push(payload))
    stopFirst()
    emit('settings.changed', settings)
    expect(first).toEqual([])
    expect(second).toEqual([settings])
  })
})

describe('userMessage', () => {
  it('shows an ApiError message as is and hides anything else behind a plain sentence', () => {
    expect(userMessage(new ApiError('forbidden', 'Sign in again.'))).toBe('Sign in again.')
    const hidden = userMessage(new TypeError("Cannot read properties of undefined (reading 'x')"))
    expect(hidden).not.toContain('undefined')
    expect(hidden).toMatch(/went wrong/)
  })
})

// Compile-time checks (run by `tsc -p tsconfig.node.json`): never called.
export function typeChecks(api: ReturnType<typeof createApiClient>) {
  // @ts-expect-error settings.update requires an input
  void api.request('settings.update')
  // @ts-expect-error not a theme
  void api.request('settings.update', { theme: 'blue' })
  // @ts-expect-error not a route
  void api.request('settings.delete')
  api.on('settings.changed', (payload) => {
    // @ts-expect-error the payload is Settings, whose theme is a string union
    const wrong: number = payload.theme
    void wrong
  })
}
