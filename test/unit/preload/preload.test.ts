import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bridge } from '../../../src/shared/bridge'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../../../src/shared/contract/channels'

// Electron's binary is absent here; its renderer-side API is replaced by recorders.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  eventListener: undefined as undefined | ((event: unknown, name: unknown, payload: unknown) => void),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (electron.invoked.push(args), Promise.resolve({ ok: true, data: null })),
    on: (channel: string, listener: typeof electron.eventListener) => {
      if (channel === EVENT_CHANNEL) electron.eventListener = listener
    },
  },
}))

let bridge: Bridge
beforeEach(async () => {
  vi.resetModules()
  electron.exposed.clear()
  electron.invoked.length = 0
  await import('../../../src/preload/index')
  bridge = electron.exposed.get('distillscope') as Bridge
})

describe('preload', () => {
  it('exposes exactly request, on and off, under one name', () => {
    expect([...electron.exposed.keys()]).toEqual(['distillscope'])
    expect(Object.keys(bridge).sort()).toEqual(['off', 'on', 'request'])
  })

  it('sends requests on the single request channel', async () => {
    await bridge.request('settings.get', {})
    expect(electron.invoked).toEqual([[REQUEST_CHANNEL, 'settings.get', {}]])
  })

  it('delivers events only to listeners of that event, until they unsubscribe', () => {
    const seen: unknown[] = []
    const id = bridge.on('settings.changed', (payload) => seen.push(payload))
    bridge.on('other.event', () => seen.push('wrong'))
    electron.eventListener?.({}, 'settings.changed', { theme: 'dark' })
    bridge.off(id)
    electron.eventListener?.({}, 'settings.changed', { theme: 'light' })
    expect(seen).toEqual([{ theme: 'dark' }])
  })
})
