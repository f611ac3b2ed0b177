import { ipcMain, type BrowserWindow } from 'electron'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../../shared/contract/channels'
import type { EventBus } from '../core/event-bus'
import type { Router } from './router'

/**
 * Connects the router to Electron's single request channel and forwards domain events to the
 * window. The sender's frame URL goes to the router, which refuses anything but our own page.
 */
export function attachElectronTransport(router: Router, events: EventBus, getWindow: () => BrowserWindow | undefined): () => void {
  ipcMain.handle(REQUEST_CHANNEL, (event, route: unknown, input: unknown) => router.dispatch(route, input, { url: event.senderFrame?.url ?? '' }))
  const detach = events.attach((name, payload) => {
    const window = getWindow()
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload)
  })
  return () => {
    detach()
    ipcMain.removeHandler(REQUEST_CHANNEL)
  }
}
