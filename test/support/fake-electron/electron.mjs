// A stand-in for Electron's main-process API that records what the app does with it and prints
// the record as JSON once the app has opened its window (or given up). Used by the desktop smoke test.
const report = { events: [], ipcChannels: [], userData: undefined }

function finish() {
  process.stdout.write(`${JSON.stringify(report)}\n`)
  process.exit(0)
}

export const app = {
  setPath: (name, value) => (report[`path:${name}`] = value),
  getPath: (name) => report[`path:${name}`],
  enableSandbox: () => (report.enableSandbox = true),
  requestSingleInstanceLock: () => process.env.FAKE_ELECTRON_SECOND_INSTANCE !== '1',
  on: (event) => report.events.push(event),
  whenReady: () => Promise.resolve(),
  quit: () => ((report.quit = true), setImmediate(finish)),
  exit: (code) => ((report.exit = code), finish()),
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
export const ipcMain = { handle: (channel) => report.ipcChannels.push(channel), removeHandler: () => {} }
export const shell = { openExternal: async () => {} }
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => handler(null, 'media', (allowed) => (report.permissionGranted = allowed)),
    setPermissionCheckHandler: (handler) => (report.permissionCheck = handler()),
    webRequest: {
      onHeadersReceived: (handler) =>
        handler({ responseHeaders: {} }, (result) => (report.cspHeader = result.responseHeaders['Content-Security-Policy'])),
    },
  },
}
