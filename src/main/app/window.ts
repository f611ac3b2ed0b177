import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './window-options'
import type { RendererLocation } from './security'

export function createMainWindow(preloadPath: string, renderer: RendererLocation, iconPath: string): BrowserWindow {
  const options = mainWindowOptions(preloadPath, iconPath)
  // The isolation settings are repeated at the call on purpose: Electronegativity only reads the
  // options written here, and a later edit of mainWindowOptions can then never weaken them.
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  })
  window.once('ready-to-show', () => window.show())
  if (renderer.devServerUrl) void window.loadURL(renderer.devServerUrl)
  else void window.loadFile(renderer.indexFile)
  return window
}
