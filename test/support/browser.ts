import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { beforeEach } from 'vitest'

/** Debian's Chromium, driven by playwright-core: no browser download is ever attempted. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps trying to reach Google, which this
// machine's closed network refuses (noisy and slow).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export const SCREENSHOT_DIR = resolve('test-results/e2e')

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Collects console errors and failed page scripts: a CSP violation shows up here. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/**
 * When a test of a file fails, photographs the page (test-results/e2e/failed-*.png) and closes
 * any dialog or drawer it left open, so the next tests of the file, which share the page, report
 * their own result rather than a click blocked by the overlay.
 */
export function recoverAfterFailure(currentPage: () => Page | undefined): void {
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const page = currentPage()
      if (!page || page.isClosed()) return
      await screenshot(page, `failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined)
      for (let attempt = 0; attempt < 3 && (await page.getByRole('dialog').count()) > 0; attempt++) {
        await page.keyboard.press('Escape')
        await page.waitForTimeout(400)
      }
    })
  })
}
