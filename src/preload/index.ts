import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { Bridge } from '../shared/bridge'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../shared/contract/channels'

/**
 * The whole surface the page gets: request, on, off. No ipcRenderer, no Node, no generic send;
 * every request is validated again in main, so nothing here needs to be trusted.
 */
const listeners = new Map<number, { event: string; listener: (payload: unknown) => void }>()
let nextSubscription = 1

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  for (const subscription of listeners.values()) {
    if (subscription.event === name) subscription.listener(payload)
  }
})

const bridge: Bridge = {
  request: (route, input) => ipcRenderer.invoke(REQUEST_CHANNEL, route, input),
  on: (event, listener) => {
    const id = nextSubscription++
    listeners.set(id, { event: String(event), listener })
    return id
  },
  off: (subscription) => {
    listeners.delete(subscription)
  },
}

contextBridge.exposeInMainWorld('distillscope', bridge)
