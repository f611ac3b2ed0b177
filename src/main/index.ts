import { join } from 'node:path'
import { app, dialog, session, shell, type BrowserWindow } from 'electron'
import { resolveDataDir } from './core/data-dir'
import { createStderrLogger } from './core/log'
import { createMainWindow } from './app/window'
import {
  createSystemBrowserOpener,
  denyAllPermissions,
  hardenWebContents,
  installContentSecurityPolicy,
  isTrustedRendererUrl,
  type RendererLocation,
} from './app/security'
import { createElectronSecretStore } from './app/electron-secrets'
import { HEAP_SWITCH, missingHeapSettings } from './app/heap-switch'
import { attachElectronTransport } from './ipc/electron-transport'
import { createRouter } from './ipc/router'
import { createServices, type Services } from './compose-services'
import iconPath from '../../resources/icon.png?asset'

/** Composition root of the desktop app; everything it wires is built and tested elsewhere. */
const log = createStderrLogger()
const renderer: RendererLocation = {
  indexFile: join(import.meta.dirname, '../renderer/index.html'),
  ...(process.env.ELECTRON_RENDERER_URL ? { devServerUrl: process.env.ELECTRON_RENDERER_URL } : {}),
}
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')
const safeOpenExternal = createSystemBrowserOpener(shell)
let services: Services | undefined
let mainWindow: BrowserWindow | undefined

// V8's heap is sized at start-up, from --js-flags only (app/heap-switch.ts): say so when the settings are missing.
const heapNotice = missingHeapSettings(app.commandLine.hasSwitch(HEAP_SWITCH) ? app.commandLine.getSwitchValue(HEAP_SWITCH) : undefined)
if (heapNotice) log.warn(heapNotice)

// The command line and browser mode compute the same folder, so all three share one database.
app.setPath('userData', resolveDataDir(undefined))
app.enableSandbox()

// A second launch only brings the first window forward; it must not open the database too.
if (app.requestSingleInstanceLock()) start()
else app.quit()

function start(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, safeOpenExternal))
  app.on('second-instance', () => mainWindow?.focus())
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    // Closing stops the simulator (async) before the database; quit again once that is done.
    const running = services
    if (!running) return
    services = undefined
    event.preventDefault()
    void running.close().finally(() => app.quit())
  })
  void app.whenReady().then(openMainWindow)
}

async function openMainWindow(): Promise<void> {
  const dataDir = app.getPath('userData')
  try {
    // After whenReady: before it, Linux reports its keyring backend as unknown.
    const secrets = await createElectronSecretStore(dataDir)
    services = createServices({ dataDir, log, secrets })
  } catch (error) {
    dialog.showErrorBox('Distillscope cannot start', (error as Error).message)
    app.exit(1)
    return
  }
  denyAllPermissions(session.defaultSession)
  installContentSecurityPolicy(session.defaultSession)
  const router = createRouter(services.handlers, { log, isTrustedSender: (sender) => isTrustedRendererUrl(sender.url, renderer) })
  attachElectronTransport(router, services.events, () => mainWindow)
  mainWindow = createMainWindow(preloadPath, renderer, iconPath)
}
