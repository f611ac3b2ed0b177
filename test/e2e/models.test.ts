import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../src/main/providers/simulator'
import { collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from '../support/browser'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'

/**
 * A newcomer on the Models page, in browser mode: tries the Offline demo, then adds a Custom
 * OpenAI-compatible provider (here a second simulator that accepts only one key), gives it that
 * key, adds a model and tests both connections.
 */
const KEY = 'sk-e2e-gateway-7Hq2Lx9Vw4Rt8Zp3'
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-models-'))
let web: RunningWeb
let gateway: Simulator
let browser: Browser
let page: Page
recoverAfterFailure(() => page)
let pageErrors: string[]

beforeAll(async () => {
  requireBuild()
  gateway = await createSimulator({ port: 0, acceptedKeys: [KEY] })
  web = await startWeb(dataDir)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
  await page.getByRole('heading', { level: 1, name: 'Models' }).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await gateway?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function testConnection(modelName: string): Promise<string> {
  await page.getByRole('button', { name: `Test connection to ${modelName}` }).click()
  const dialog = page.getByRole('dialog', { name: `Test connection: ${modelName}` })
  await dialog.getByText(/It costs/).waitFor()
  await dialog.getByRole('button', { name: 'Send test' }).click()
  const result = dialog.getByRole('status').filter({ hasText: 'Connection works' })
  await result.waitFor()
  const text = (await result.textContent()) ?? ''
  await screenshot(page, `test-connection-${modelName.toLowerCase().replace(/\W+/g, '-')}`)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await dialog.waitFor({ state: 'hidden' })
  return text
}

describe('Models page, as a newcomer uses it', () => {
  it('tries the Offline demo in one click and sees a simulated answer, free', async () => {
    await page.getByRole('heading', { level: 2, name: 'No models yet' }).waitFor()
    await page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    await page.getByRole('rowheader', { name: /Offline demo reference \(simulated\).*Simulated/ }).waitFor()
    const dialogButton = page.getByRole('button', { name: 'Test connection to Offline demo reference (simulated)' })
    await dialogButton.click()
    await page.getByRole('dialog').getByText('It costs nothing: the answer is simulated.').waitFor()
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    const result = await testConnection('Offline demo reference (simulated)')
    expect(result).toMatch(/Reply:/)
    expect(result).toMatch(/Cost: \$0/)
  })

  it('adds a Custom OpenAI-compatible provider with a key and a model, step by step', async () => {
    await page.getByRole('button', { name: 'Add a model' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a model' })
    await dialog.getByRole('heading', { name: 'Choose the provider' }).waitFor()
    await dialog.getByRole('radio', { name: 'A new provider' }).check()
    await dialog.getByLabel('Service').selectOption({ label: 'Custom' })
    await dialog.getByLabel('Provider name').fill('My gateway')
    await dialog.getByLabel('Base URL').fill(`${gateway.url}/v1/`)
    await dialog.getByText(`Requests will go to ${gateway.url}/v1/chat/completions`).waitFor()
    await dialog.getByRole('button', { name: 'Continue' }).click()

    await dialog.getByRole('heading', { name: 'Add the API key' }).waitFor()
    await dialog.getByLabel('Choose a passphrase (at least 8 characters)').fill('correct horse battery')
    await dialog.getByLabel('Type the passphrase again').fill('correct horse battery')
    await dialog.getByRole('button', { name: 'Unlock keys' }).click()
    await dialog.getByLabel('API key', { exact: true }).fill(KEY)
    await dialog.getByRole('button', { name: 'Continue' }).click()

    await dialog.getByRole('heading', { name: 'Describe the model' }).waitFor()
    await dialog.getByRole('button', { name: 'List models' }).click()
    await dialog.getByText(/Found \d+ models/).waitFor()
    await dialog.getByLabel('Model id').fill('sim-student-close')
    await dialog.getByLabel('Display name').fill('Gateway student')
    await dialog.getByRole('button', { name: 'Add model' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('status').filter({ hasText: 'Added “Gateway student”' }).waitFor()
  })

  it('shows the key only as its last four characters, and the key works', async () => {
    const providers = page.getByRole('table', { name: 'Providers' })
    await providers.getByText(`Key set (…${KEY.slice(-4)})`).waitFor()
    expect(await page.content()).not.toContain(KEY.slice(0, -4))
    const result = await testConnection('Gateway student')
    expect(result).toMatch(/Reply:/)
    expect(gateway.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).map((entry) => entry.status)).toEqual([200])
    await screenshot(page, 'models-with-demo-and-gateway')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(pageErrors).toEqual([])
  })
})
