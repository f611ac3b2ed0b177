import { pathToFileURL } from 'node:url'
import type { Session, Shell, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp'

/** Only https pages may be handed to the system browser: no file:, no custom schemes, no http. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== ''
}

/** The one way the app opens anything outside itself. Resolves to whether the URL was opened. */
export function createSafeOpenExternal(openExternal: (url: string) => Promise<void>) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) return false
    await openExternal(url)
    return true
  }
}

/** The system browser, behind the https-only check; the only place `shell.openExternal` is called (lint enforces it). */
export function createSystemBrowserOpener(shell: Pick<Shell, 'openExternal'>) {
  return createSafeOpenExternal((url) => shell.openExternal(url))
}

/**
 * Applied to every web contents the app creates: the page can never navigate away from the app,
 * open a window, or embed a webview. Links that try to open a window go through safeOpenExternal.
 */
export function hardenWebContents(contents: WebContents, safeOpenExternal: (url: string) => Promise<boolean>): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url)
    return { action: 'deny' }
  })
}

/** The app needs no camera, microphone, notifications or geolocation; every request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** Adds the CSP header to every response (it matters for the dev server; files carry a meta tag). */
export function installContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] } })
  })
}

export interface RendererLocation {
  /** Absolute path of the built renderer's index.html. */
  readonly indexFile: string
  /** Set only by `electron-vite dev`. */
  readonly devServerUrl?: string
}

/** True only for our own page: the built index.html (any hash route) or the dev server's origin. */
export function isTrustedRendererUrl(url: string, location: RendererLocation): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (location.devServerUrl && parsed.origin === new URL(location.devServerUrl).origin) return true
  parsed.hash = ''
  parsed.search = ''
  return parsed.href === pathToFileURL(location.indexFile).href
}
