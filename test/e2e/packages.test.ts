import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, screenshot } from '../support/browser'
import { requireBuild, runCliAsync, startWeb, type RunningWeb } from '../support/built-app'

/**
 * A researcher saves a finished run's paper package from its results, and a colleague imports it
 * from the Runs page: the imported run opens on the same table. (The run is made on the command
 * line first, with the Offline demo's simulated models.)
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-packages-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-package-files-'))
let web: RunningWeb
let browser: Browser
let page: Page
let pageErrors: string[]
let runId: string

beforeAll(async () => {
  requireBuild()
  const spec = {
    kind: 'rse',
    name: 'Package demo',
    models: {
      ref: { provider: 'simulator', model: 'sim-reference' },
      close: { provider: 'simulator', model: 'sim-student-close' },
      judge: { provider: 'simulator', model: 'sim-judge' },
    },
    reference: 'ref',
    students: ['close'],
    judge: 'judge',
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 5 }],
  }
  writeFileSync(join(filesDir, 'spec.json'), JSON.stringify(spec))
  const made = await runCliAsync(['run', join(filesDir, 'spec.json'), '--data-dir', dataDir, '--json'])
  if (made.code !== 0) throw new Error(`the run for the test could not be made: ${made.stderr}`)
  runId = (JSON.parse(made.stdout) as { runId: string }).runId
  web = await startWeb(dataDir)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage()
  pageErrors = collectPageErrors(page)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(filesDir, { recursive: true, force: true })
})

describe('paper packages in the app', () => {
  it('saves a finished run as a package, and imports it back as a new run with the same table', { timeout: 120_000 }, async () => {
    await page.goto(`${web.url.split('#')[0]}#/results/${runId}`)
    const exportButton = page.getByRole('button', { name: 'Export paper package' })
    await exportButton.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Package-demo-${runId}-package\\.zip$`))
    const saved = join(filesDir, download.suggestedFilename())
    await download.saveAs(saved)
    expect(existsSync(saved)).toBe(true)
    const entries = unzipSync(readFileSync(saved))
    expect(JSON.parse(strFromU8(entries['manifest.json']!))).toMatchObject({ format: 'distillscope-paper-package', run: { id: runId } })
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['figures/rse-sets.pdf', 'tables/rse.tex']))
    await page
      .getByRole('status')
      .getByText(/^Saved /)
      .waitFor()
    const original = await page.getByRole('main').getByRole('table').first().textContent()

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs', exact: true }).click()
    await page.getByRole('button', { name: 'Import package' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import a paper package' })
    await dialog.getByRole('button', { name: 'Import' }).waitFor()
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true)
    // Something that is not a package is refused, saying so.
    writeFileSync(join(filesDir, 'notes.zip'), 'not a zip')
    await dialog.getByLabel('Package file').setInputFiles(join(filesDir, 'notes.zip'))
    await dialog.getByRole('button', { name: 'Import' }).click()
    await dialog.getByText(/notes\.zip is not a readable zip file/).waitFor()
    await dialog.getByLabel('Package file').setInputFiles(saved)
    await dialog.getByRole('button', { name: 'Import' }).click()
    await page.waitForURL(/#\/results\/run_/)
    expect(page.url()).not.toContain(runId)
    // Pages load on first visit: wait for the results page itself, not the table the Runs page still shows.
    await page.getByRole('heading', { level: 1, name: /\(imported\)/ }).waitFor()
    const table = page.getByRole('main').getByRole('table').filter({ hasText: 'Similarity to the reference' }).first()
    await table.waitFor()
    expect(await table.textContent()).toBe(original)
    await screenshot(page, 'package-imported')
    expect(pageErrors).toEqual([])
  })
})
