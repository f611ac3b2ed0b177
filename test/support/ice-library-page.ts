import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure } from './browser'
import { requireBuild, startWeb, type RunningWeb } from './built-app'

/** A test file's Identity (ICE) page in browser mode, open between its beforeAll and afterAll, with the helpers its tests use. */
export interface IceLibraryPage {
  /** A fresh folder for the files the tests import, there from the start. */
  readonly filesDir: string
  /** Read inside tests and hooks only: the page opens in the file's beforeAll. */
  readonly page: Page
  /** Console errors and failed scripts of the page so far (a CSP violation shows up here). */
  readonly pageErrors: string[]
  /** The named table on the page. */
  table(name: string): Locator
  /** The row of a table whose row header matches `name`. */
  rowOf(tableName: string, name: string | RegExp): Locator
  /** The status message holding `text`. */
  status(text: string | RegExp): Locator
  /** Closes a dialog with one of its buttons (Cancel by default) and waits until it is gone. */
  closeDialog(dialog: Locator, button?: string): Promise<void>
  /** Waits for opening transitions (drawer, overlay), so screenshots show the page as people see it. */
  settled(): Promise<void>
}

/**
 * The set-up the ICE library's e2e files share: the app in browser mode on a fresh data folder
 * (distillscope-e2e-<name>-*), opened in Chromium on the Identity (ICE) page. `prepareFiles` runs
 * first, in the file's beforeAll, to write the files the tests import into `filesDir` (its errors
 * fail the file before anything starts). Everything is closed and removed after the file's tests;
 * a failed test's page is photographed and its dialogs closed. Call it at the top of a test file.
 */
export function useIceLibraryPage(name: string, prepareFiles: () => void): IceLibraryPage {
  const dataDir = mkdtempSync(join(tmpdir(), `distillscope-e2e-${name}-`))
  const filesDir = mkdtempSync(join(tmpdir(), `distillscope-e2e-${name}-files-`))
  let web: RunningWeb | undefined
  let browser: Browser | undefined
  let opened: { page: Page; pageErrors: string[] } | undefined
  const session = () => {
    if (!opened) throw new Error("The Identity (ICE) page is not open yet: use it inside tests or hooks, after the file's beforeAll.")
    return opened
  }
  recoverAfterFailure(() => opened?.page)

  beforeAll(async () => {
    prepareFiles()
    requireBuild()
    web = await startWeb(dataDir)
    browser = await launchChromium()
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    opened = { page, pageErrors: collectPageErrors(page) }
    await page.goto(web.url)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Identity (ICE)', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Identity (ICE)' }).waitFor()
  })

  afterAll(async () => {
    await browser?.close()
    await web?.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(filesDir, { recursive: true, force: true })
  })

  const table = (tableName: string) => session().page.getByRole('table', { name: tableName, exact: true })
  return {
    filesDir,
    get page() {
      return session().page
    },
    get pageErrors() {
      return session().pageErrors
    },
    table,
    rowOf: (tableName, rowName) =>
      table(tableName)
        .getByRole('row')
        .filter({ has: session().page.getByRole('rowheader', { name: rowName }) }),
    status: (text) => session().page.getByRole('status').filter({ hasText: text }),
    closeDialog: async (dialog, button = 'Cancel') => {
      await dialog.getByRole('button', { name: button, exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
    },
    settled: async () => {
      await session().page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished)).then(() => true)')
    },
  }
}
