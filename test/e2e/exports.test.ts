import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoOverflow } from '../support/app-session'
import { SCREENSHOT_DIR, collectPageErrors, launchChromium, screenshot } from '../support/browser'
import { requireBuild, runCliAsync, startWeb, type RunningWeb } from '../support/built-app'
import { pngDimensions, pngPixelsPerInch } from '../support/external-tools'

/**
 * Export from the UI, the acceptance test: a newcomer opens a finished ICE run from the Results
 * page and saves the paper's ICE figure as a 300 DPI PNG, after a DPI out of range was refused;
 * then opens a finished RSE run and saves its table as LaTeX. The runs are made on the command
 * line first, with the Offline demo's simulated models, and kept small.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-exports-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-export-files-'))
const sim = (model: string) => ({ provider: 'simulator', model })
let web: RunningWeb
let browser: Browser
let page: Page
let pageErrors: string[]

async function makeRun(name: string, spec: object): Promise<void> {
  writeFileSync(join(filesDir, `${name}.json`), JSON.stringify(spec))
  const made = await runCliAsync(['run', join(filesDir, `${name}.json`), '--data-dir', dataDir, '--json'])
  if (made.code !== 0) throw new Error(`the ${name} run for the test could not be made: ${made.stderr}`)
}

beforeAll(async () => {
  requireBuild()
  await makeRun('rse', {
    kind: 'rse',
    name: 'Export demo RSE',
    models: { ref: sim('sim-reference'), close: sim('sim-student-close'), judge: sim('sim-judge') },
    reference: 'ref',
    students: ['close'],
    judge: 'judge',
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 4 }],
  })
  await makeRun('ice', {
    kind: 'ice',
    name: 'Export demo ICE',
    models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    budget: { maxQueries: 30 },
    seed: 5,
  })
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

/** From the Results section's list, as a newcomer would get there. */
async function openResults(runName: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Results', exact: true }).click()
  await page.getByRole('main').getByRole('link', { name: runName }).click()
  await page.getByRole('heading', { level: 1, name: `Results: ${runName}` }).waitFor()
  const section = page.getByRole('region', { name: 'Figures and tables' })
  await section.waitFor()
  return section
}

/** Clicks a save button and returns the downloaded file's name and bytes. */
async function download(button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  const saved = join(filesDir, file.suggestedFilename())
  await file.saveAs(saved)
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) }
}

describe('export from the UI', () => {
  it('saves the ICE figure as a 300 DPI PNG of the printed size, after refusing a DPI out of range', async () => {
    await page.goto(web.url)
    const exports = await openResults('Export demo ICE')
    const figure = exports.getByRole('region', { name: 'Figure', exact: true })
    await figure.getByLabel('Figure', { exact: true }).selectOption('ice-models')
    await figure.getByRole('radiogroup', { name: 'Format' }).getByText('PNG', { exact: true }).click()
    const save = figure.getByRole('button', { name: 'Save figure' })

    // A DPI out of range is refused before anything is asked of the backend, saying what is allowed.
    const dpi = figure.getByLabel('DPI')
    await dpi.fill('5000')
    await figure.getByText('The DPI must be from 50 to 1200.').first().waitFor()
    expect(await save.isDisabled()).toBe(true)
    expect(await dpi.getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'exports-dpi-refused')

    await dpi.fill('300')
    await figure.getByText('1950 × 975 px at 300 DPI').waitFor()
    await figure.getByRole('img', { name: /^Preview of the figure: ICE loose, strict and hard per model/ }).waitFor()
    expect(await save.isEnabled()).toBe(true)
    const png = await download(save)
    expect(png.name).toBe('export-demo-ice-ice-models.png')
    // Width and height in inches (6.5 x 0.5 by default) times 300, read from the PNG's header.
    expect(pngDimensions(png.bytes)).toEqual({ width: 6.5 * 300, height: 6.5 * 0.5 * 300 })
    expect(pngPixelsPerInch(png.bytes)).toBe(300)
    await figure.getByRole('status').getByText('Saved export-demo-ice-ice-models.png.').waitFor()
    await expectNoOverflow(page)
    await screenshot(page, 'exports-ice-figure')
    // The section alone too: the results above it make the whole page long.
    await figure.screenshot({ path: join(SCREENSHOT_DIR, 'exports-ice-figure-section.png') })
  })

  it('offers the heat map, and only it, a colour range, saved as chosen; the heat map has no zoom', async () => {
    await page.goto(web.url)
    const exports = await openResults('Export demo RSE')
    const figure = exports.getByRole('region', { name: 'Figure', exact: true })
    await figure.getByLabel('Figure', { exact: true }).selectOption('rse-heatmap')
    expect(await figure.getByLabel('Zoom to the data').count()).toBe(0)
    await figure.getByLabel('Colour scale').selectOption('data')
    await figure.getByRole('radiogroup', { name: 'Format' }).getByText('SVG', { exact: true }).click()
    const svg = await download(figure.getByRole('button', { name: 'Save figure' }))
    expect(svg.bytes.toString('utf8')).toContain('>RSE (data range)</text>')
    await figure.getByLabel('Figure', { exact: true }).selectOption('rse-sets')
    expect(await figure.getByLabel('Colour scale').count()).toBe(0)
  })

  it('saves the RSE table as LaTeX: a booktabs table with the student model, as previewed', async () => {
    const exports = await openResults('Export demo RSE')
    const table = exports.getByRole('region', { name: 'Table', exact: true })
    await table.getByLabel('Table', { exact: true }).selectOption('rse')
    await table.getByRole('radiogroup', { name: 'Format' }).getByText('LaTeX', { exact: true }).click()
    const preview = table.getByRole('region', { name: 'Preview of the rse table as LaTeX' })
    await preview.getByText(/\\toprule/).waitFor()
    const shown = await preview.textContent()

    const tex = await download(table.getByRole('button', { name: 'Save table' }))
    expect(tex.name).toBe('export-demo-rse-rse.tex')
    const text = tex.bytes.toString('utf8')
    // A demo run's table says so in a comment line and in its caption (issue 18 item 2), saved from the app as from the CLI.
    expect(text).toMatch(
      /^% Generated by Distillscope\. Needs \\usepackage\{booktabs\}.*\n% Simulated data: the Offline demo's generated answers, not real model output\.\n\\begin\{table\}/,
    )
    expect(text).toMatch(/\\caption\{[^}]*Simulated data/)
    expect(text).toContain('\\toprule')
    expect(text).toContain('sim-student-close')
    expect(text.trim()).toBe(shown?.trim())
    await table.getByRole('status').getByText('Saved export-demo-rse-rse.tex.').waitFor()
    // The LaTeX lines are long: they scroll inside the preview, not the page.
    await expectNoOverflow(page)
    await screenshot(page, 'exports-rse-table')
    await table.screenshot({ path: join(SCREENSHOT_DIR, 'exports-rse-table-section.png') })
    expect(pageErrors).toEqual([])
  })
})
