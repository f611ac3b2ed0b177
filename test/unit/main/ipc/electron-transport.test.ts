import { describe, expect, it, vi } from 'vitest'
import { createEventBus } from '../../../../src/main/core/event-bus'
import { silentLogger } from '../../../../src/main/core/log'
import { isTrustedRendererUrl } from '../../../../src/main/app/security'
import { createRouter } from '../../../../src/main/ipc/router'
import { handlerTable } from '../../../support/handlers'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../../../../src/shared/contract/channels'

type InvokeHandler = (event: { senderFrame: { url: string } | null }, route: unknown, input: unknown) => Promise<unknown>
const ipc = vi.hoisted(() => ({ handlers: new Map<string, unknown>() }))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: unknown) => ipc.handlers.set(channel, handler),
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
  },
}))
const { attachElectronTransport } = await import('../../../../src/main/ipc/electron-transport')

const handlers = handlerTable({
  'app.info': () => ({ name: 'Distillscope', version: '0', dataDir: '/d', databaseFile: '/d/db', schemaVersion: 1 }),
  'app.doctor': () => ({ healthy: true, checks: [] }),
  'settings.get': () => ({ theme: 'auto' }),
  'settings.update': () => ({ theme: 'dark' }),
})

describe('Electron transport', () => {
  const renderer = { indexFile: '/app/out/renderer/index.html' }
  const router = createRouter(handlers, { log: silentLogger, isTrustedSender: (sender) => isTrustedRendererUrl(sender.url, renderer) })

  it('answers our page, refuses other frames, and forwards events to the window', async () => {
    const sent: unknown[][] = []
    const window = { isDestroyed: () => false, webContents: { send: (...args: unknown[]) => sent.push(args) } }
    const events = createEventBus()
    const detach = attachElectronTransport(router, events, () => window as never)
    const invoke = ipc.handlers.get(REQUEST_CHANNEL) as InvokeHandler

    expect(await invoke({ senderFrame: { url: 'file:///app/out/renderer/index.html#/settings' } }, 'settings.get', {})).toEqual({
      ok: true,
      data: { theme: 'auto' },
    })
    expect(await invoke({ senderFrame: { url: 'https://evil.example/' } }, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke({ senderFrame: null }, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })

    events.emit('settings.changed', { theme: 'dark' })
    expect(sent).toEqual([[EVENT_CHANNEL, 'settings.changed', { theme: 'dark' }]])

    detach()
    expect(ipc.handlers.has(REQUEST_CHANNEL)).toBe(false)
    events.emit('settings.changed', { theme: 'light' })
    expect(sent).toHaveLength(1)
  })
})
