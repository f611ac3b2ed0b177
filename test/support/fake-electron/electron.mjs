// A stand-in for Electron's main-process API that records what the app does with it and prints
// the record as JSON once the app has opened its window (or given up). Used by the desktop smoke test.
const report = { events: [], ipcChannels: [], userData: undefined }

let requestHandler

async function finish() {
  // Ask the app what the page would: one request through the registered IPC handler.
  if (requestHandler && report.loadFile) {
    const pageUrl = new URL(`file://${report.loadFile}`).href
    report.keysState = await requestHandler({ senderFrame: { url: pageUrl } }, 'keys.state', {})
    report.foreignRequest = await requestHandler({ senderFrame: { url: 'https://evil.example/' } }, 'keys.state', {})
  }
  process.stdout.write(`${JSON.stringify(report)}\n`)
  process.exit(0)
}

export const app = {
  setPath: (name, value) => (report[`path:${name}`] = value),
  getPath: (name) => report[`path:${name}`],
  getVersion: () => '0.0.0-test',
  enableSandbox: () => (report.enableSandbox = true),
  requestSingleInstanceLock: () => process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1',
  on: (event) => report.events.push(event),
  whenReady: () => Promise.resolve(),
  quit: () => ((report.quit = true), setImmediate(finish)),
  exit: (code) => ((report.exit = code), finish()),
  // Electron's own switches as started: FAKE_ELECTRON_JS_FLAGS stands for a start with --js-flags.
  commandLine: {
    hasSwitch: (name) => name === 'js-flags' && process.env.FAKE_ELECTRON_JS_FLAGS !== undefined,
    getSwitchValue: (name) => (name === 'js-flags' ? (process.env.FAKE_ELECTRON_JS_FLAGS ?? '') : ''),
  },
}

export class BrowserWindow {
  constructor(options) {
    report.window = options
  }
  once() {}
  loadFile(file) {
    report.loadFile = file
    setImmediate(finish)
    return Promise.resolve()
  }
  loadURL(url) {
    report.loadURL = url
    setImmediate(finish)
    return Promise.resolve()
  }
}

export const dialog = { showErrorBox: (title, message) => (report.errorBox = { title, message }) }
export const ipcMain = {
  handle: (channel, handler) => {
    report.ipcChannels.push(channel)
    requestHandler = handler
  },
  removeHandler: () => {},
  on: () => {},
}
export const shell = { openExternal: async () => {} }
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => handler(null, 'media', (allowed) => (report.permissionGranted = allowed)),
    setPermissionCheckHandler: (handler) => (report.permissionCheck = handler()),
    webRequest: {
      onHeadersReceived: (handler) => handler({ responseHeaders: {} }, (result) => (report.cspHeader = result.responseHeaders['Content-Security-Policy'])),
    },
  },
}

// Recorded, reversible stand-in for the OS keyring (never used for real secrets).
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => process.env.FAKE_ELECTRON_NO_KEYRING !== '1',
  getSelectedStorageBackend: () => (process.env.FAKE_ELECTRON_NO_KEYRING === '1' ? 'basic_text' : 'gnome_libsecret'),
  encryptStringAsync: async (text) => Buffer.from(text, 'utf8').reverse(),
  decryptStringAsync: async (buffer) => ({ result: Buffer.from(buffer).reverse().toString('utf8'), shouldReEncrypt: false }),
}

// The real module is CommonJS, so libraries (electron-store) import its default export.
export default { app, BrowserWindow, dialog, ipcMain, shell, session, safeStorage }
