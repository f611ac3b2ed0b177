import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The main window's options, kept free of Electron at run time so a test can assert every security
 * setting. The renderer gets no Node, runs in Chromium's sandbox and is isolated from the preload.
 */
export function mainWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Distillscope',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click opens windows through a path some Electron versions did not route to the
      // window-open handler; the handler denies anyway, this closes the path as well.
      disableBlinkFeatures: 'Auxclick',
    },
  }
}
