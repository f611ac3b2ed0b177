import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/main/providers/simulator'
import { SCREENSHOT_DIR, collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from './browser'
import { requireBuild, startWeb, type RunningWeb } from './built-app'

/**
 * The app in browser mode on a fresh data folder, opened in Chromium on the Models page, with a
 * second simulator (slower, or faulty) that tests add as a Custom provider whose key the backend
 * reads from `keyEnv`. For the end-to-end tests that watch, pause and resume runs.
 */
export interface AppSession {
  readonly web: RunningWeb
  readonly browser: Browser
  readonly page: Page
  /** Console errors and failed scripts of the page (a CSP violation shows up here). */
  readonly pageErrors: string[]
  readonly slow: Simulator
}

export async function openAppWithSecondSimulator(dataDir: string, keyEnv: string, simulator: Omit<SimulatorOptions, 'port'>): Promise<AppSession> {
  requireBuild()
  const slow = await createSimulator({ port: 0, ...simulator })
  process.env[keyEnv] = 'sk-e2e-slow-simulator'
  const web = await startWeb(dataDir)
  const browser = await launchChromium()
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  const pageErrors = collectPageErrors(page)
  await page.goto(web.url)
  await page.getByRole('heading', { level: 1, name: 'Models' }).waitFor()
  return { web, browser, page, pageErrors, slow }
}

export async function closeAppSession(session: Partial<AppSession> | undefined, keyEnv: string): Promise<void> {
  await session?.browser?.close()
  await session?.web?.stop()
  await session?.slow?.close()
  delete process.env[keyEnv]
}

/** A test file's app session, open between its beforeAll and afterAll, with the helpers its tests use. */
export interface E2eSession {
  /** Read inside tests and hooks only: the session opens in the file's beforeAll. */
  readonly session: AppSession
  readonly page: Page
  /** Console errors and failed scripts of the page so far. */
  readonly pageErrors: string[]
  api<T>(route: string, input?: unknown): Promise<T>
  screenshotViewport(name: string): Promise<void>
  screenshotPage(name: string): Promise<void>
  expectNoOverflow(): Promise<void>
}

/**
 * The set-up every file that watches runs in browser mode shares: a fresh data folder
 * (distillscope-e2e-<name>-*), the app and its second simulator opened before the file's tests
 * and closed after them (folder removed, `keyEnv` unset), and a failed test's page photographed
 * and its dialogs closed. Call it at the top of a test file.
 */
export function useE2eSession(name: string, keyEnv: string, simulator: Omit<SimulatorOptions, 'port'>): E2eSession {
  const dataDir = mkdtempSync(join(tmpdir(), `distillscope-e2e-${name}-`))
  let opened: AppSession | undefined
  const session = (): AppSession => {
    if (!opened) throw new Error("The e2e session is not open yet: use it inside tests or hooks, after the file's beforeAll.")
    return opened
  }
  recoverAfterFailure(() => opened?.page)
  beforeAll(async () => {
    opened = await openAppWithSecondSimulator(dataDir, keyEnv, simulator)
  })
  afterAll(async () => {
    await closeAppSession(opened, keyEnv)
    rmSync(dataDir, { recursive: true, force: true })
  })
  return {
    get session() {
      return session()
    },
    get page() {
      return session().page
    },
    get pageErrors() {
      return session().pageErrors
    },
    api: <T>(route: string, input?: unknown) => apiThroughPage<T>(session(), route, input),
    screenshotViewport: (shot: string) => screenshotViewport(session().page, shot),
    screenshotPage: (shot: string) => screenshotPage(session().page, shot),
    expectNoOverflow: () => expectNoOverflow(session().page),
  }
}

/** A request through the page's own session (the browser context holds the access cookie). */
export async function apiThroughPage<T>(session: AppSession, route: string, input?: unknown): Promise<T> {
  const response = await session.page.request.post(`${session.web.origin}/api/request`, { data: { route, ...(input === undefined ? {} : { input }) } })
  const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${route} failed: ${envelope.error?.message}`)
  return envelope.data as T
}

/** What is on screen, for a dialog (a full-page picture of a dialog shows the page behind it). */
export async function screenshotViewport(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** A full page from its top (a page scrolled down is pictured with its header in the middle). */
export async function screenshotPage(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)')
  await screenshot(page, name)
}

/** No horizontal scroll bar on a 1280-pixel-wide window. */
export async function expectNoOverflow(page: Page): Promise<void> {
  // A string: this file is type-checked for Node, without the DOM's globals.
  const width = await page.evaluate<number>('document.documentElement.scrollWidth')
  expect(width).toBeLessThanOrEqual(1280)
}

/**
 * The second simulator as a Custom provider ("Slow gateway", its key read from `keyEnv`) with one
 * model per alias, named "Slow <alias>"; returns each alias's model id for a run spec.
 */
export async function addSlowModels(session: AppSession, keyEnv: string, models: Readonly<Record<string, string>>): Promise<Record<string, string>> {
  const provider = await apiThroughPage<{ id: string }>(session, 'providers.create', {
    name: 'Slow gateway',
    preset: 'custom',
    kind: 'openai',
    baseURL: `${session.slow.url}/v1`,
    apiKeyEnv: keyEnv,
  })
  const ids: Record<string, string> = {}
  for (const [alias, model] of Object.entries(models)) {
    ids[alias] = (await apiThroughPage<{ id: string }>(session, 'models.create', { providerId: provider.id, model, name: `Slow ${alias}` })).id
  }
  return ids
}
