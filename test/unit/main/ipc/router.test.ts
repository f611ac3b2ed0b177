import { describe, expect, it } from 'vitest'
import { AppError, DEFAULT_MAX_INPUT_BYTES } from '../../../../src/shared/contract'
import { createRouter, type Handlers } from '../../../../src/main/ipc/router'
import type { Logger } from '../../../../src/main/core/log'
import { handlerTable } from '../../../support/handlers'

function recordingLogger() {
  const errors: unknown[] = []
  const log: Logger = { info: () => {}, warn: () => {}, error: (message, details) => errors.push([message, details]) }
  return { log, errors }
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return handlerTable({
    'app.info': () => ({ name: 'Distillscope', version: '0.0.0', dataDir: '/d', databaseFile: '/d/x.db', schemaVersion: 1 }),
    'app.doctor': () => ({ healthy: true, checks: [] }),
    'settings.get': () => ({ theme: 'auto' }),
    'settings.update': (patch) => ({ theme: patch.theme ?? 'auto' }),
    ...overrides,
  })
}

const trusted = { url: 'file:///app/index.html' }
const router = (overrides: Partial<Handlers> = {}, log = recordingLogger().log) =>
  createRouter(handlers(overrides), { log, isTrustedSender: (sender) => sender.url === trusted.url })

describe('router', () => {
  it('returns the handler output in an ok envelope', async () => {
    expect(await router().dispatch('settings.update', { theme: 'dark' }, trusted)).toEqual({ ok: true, data: { theme: 'dark' } })
    expect(await router().dispatch('settings.get', undefined, trusted)).toEqual({ ok: true, data: { theme: 'auto' } })
  })

  it('refuses untrusted senders before doing anything', async () => {
    let called = false
    const result = await router({ 'settings.get': () => ((called = true), { theme: 'auto' }) }).dispatch('settings.get', {}, { url: 'https://evil.example' })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(called).toBe(false)
  })

  it('answers unknown routes, including prototype names, with a typed error', async () => {
    for (const route of ['nope.never', 'toString', '__proto__', 42, null]) {
      expect(await router().dispatch(route, {}, trusted)).toMatchObject({ ok: false, error: { code: 'unknown_route' } })
    }
  })

  it('names the offending field when the input has the wrong type', async () => {
    const result = await router().dispatch('settings.update', { theme: 7 }, trusted)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.issues?.[0]?.path).toBe('theme')
    expect(result.error.message).toMatch(/^Invalid input for settings.update: theme:/)
  })

  it('rejects unexpected fields and non-object inputs', async () => {
    expect(await router().dispatch('settings.update', { theme: 'dark', extra: 1 }, trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await router().dispatch('settings.update', 'dark', trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('refuses oversized payloads without parsing them', async () => {
    const huge = { theme: 'x'.repeat(DEFAULT_MAX_INPUT_BYTES + 1) }
    const result = await router().dispatch('settings.update', huge, trusted)
    expect(result).toMatchObject({ ok: false, error: { code: 'payload_too_large' } })
  })

  it('treats inputs that are not plain data as invalid', async () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(await router().dispatch('settings.update', cyclic, trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await router().dispatch('settings.update', { theme: 10n }, trusted)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('passes expected service errors through as they are', async () => {
    const failing = router({ 'settings.get': () => Promise.reject(new AppError('conflict', 'Already running.')) })
    expect(await failing.dispatch('settings.get', {}, trusted)).toEqual({ ok: false, error: { code: 'conflict', message: 'Already running.' } })
  })

  it('hides internals of unexpected errors from the renderer but logs them', async () => {
    const { log, errors } = recordingLogger()
    const failing = router(
      {
        'app.info': () => {
          throw new Error('SQLITE_CORRUPT at /home/someone/secret/path')
        },
      },
      log,
    )
    const result = await failing.dispatch('app.info', {}, trusted)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret/path')
    expect(errors).toHaveLength(1)
    expect(String(errors[0])).toMatch(/Handler for app.info failed/)
    expect(((errors[0] as unknown[])[1] as Error).message).toContain('SQLITE_CORRUPT')
  })
})
