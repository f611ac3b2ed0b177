import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { useE2eSession } from './app-session'

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
 * The set-up the ICE library's e2e files share: the app session of the other e2e files
 * (useE2eSession; its second simulator is not used here), then, in the file's beforeAll,
 * `prepareFiles` writes the files the tests import into `filesDir` (its errors fail the file) and
 * the Identity (ICE) page is opened. The folder is removed after the file's tests. Call it at the
 * top of a test file.
 */
export function useIceLibraryPage(name: string, prepareFiles: () => void): IceLibraryPage {
  const app = useE2eSession(name, `${name.toUpperCase().replace(/-/g, '_')}_E2E_SECOND_SIMULATOR_KEY`, {})
  const filesDir = mkdtempSync(join(tmpdir(), `distillscope-e2e-${name}-files-`))

  beforeAll(async () => {
    prepareFiles()
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Identity (ICE)', exact: true }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Identity (ICE)' }).waitFor()
  })

  afterAll(() => {
    rmSync(filesDir, { recursive: true, force: true })
  })

  const table = (tableName: string) => app.page.getByRole('table', { name: tableName, exact: true })
  return {
    filesDir,
    get page() {
      return app.page
    },
    get pageErrors() {
      return app.pageErrors
    },
    table,
    rowOf: (tableName, rowName) =>
      table(tableName)
        .getByRole('row')
        .filter({ has: app.page.getByRole('rowheader', { name: rowName }) }),
    status: (text) => app.page.getByRole('status').filter({ hasText: text }),
    closeDialog: async (dialog, button = 'Cancel') => {
      await dialog.getByRole('button', { name: button, exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
    },
    settled: async () => {
      await app.page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished)).then(() => true)')
    },
  }
}
