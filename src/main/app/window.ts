import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './window-options'
import type { RendererLocation } from './security'

export function createMainWindow(preloadPath: string, renderer: RendererLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  if (renderer.devServerUrl) void window.loadURL(renderer.devServerUrl)
  else void window.loadFile(renderer.indexFile)
  return window
}
