import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from '../support/browser'
import { requireBuild, runCliAsync, startWeb, type RunningWeb } from '../support/built-app'

/**
 * A researcher compares runs: two RSE runs of the same setup on different samples (one with an
 * extra student each) and the same ICE run twice, all made on the command line with the Offline
 * demo. On the Results page she ticks them and presses Compare; the comparison shows each
 * student's Avg per run and each ICE run's rates, the same numbers as each run's own page. She
 * takes runs out (one of a kind left: a note says so), goes back to change the selection, and opens
 * an address naming a run that does not exist: the page says which and still compares the others.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-compare-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-compare-files-'))
const sim = (model: string) => ({ provider: 'simulator', model })
const RSE_A = 'Sample of five'
const RSE_B = 'Sample of four'
const ICE = 'Leaky target'
const ICE_AGAIN = 'Leaky target again'
const ids = { a: '', b: '', ice: '', iceAgain: '' }
let web: RunningWeb
let browser: Browser
let page: Page
let pageErrors: string[]
let base: string
recoverAfterFailure(() => page)

async function makeRun(file: string, spec: object): Promise<string> {
  writeFileSync(join(filesDir, file), JSON.stringify(spec))
  const made = await runCliAsync(['run', join(filesDir, file), '--data-dir', dataDir, '--json'])
  if (made.code !== 0) throw new Error(`the run for the test could not be made: ${made.stderr}`)
  return (JSON.parse(made.stdout) as { runId: string }).runId
}

const rseSpec = (name: string, extra: string, sample: number) => ({
  kind: 'rse',
  name,
  models: { ref: sim('sim-reference'), close: sim('sim-student-close'), extra: sim(extra), judge: sim('sim-judge') },
  reference: 'ref',
  students: ['close', 'extra'],
  judge: 'judge',
  promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample }],
})

const iceSpec = (name: string) => ({
  kind: 'ice',
  name,
  models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { builtin: 'distillscope-roleplay-v1' },
  budget: { maxQueries: 20 },
  seed: 7,
})

beforeAll(async () => {
  requireBuild()
  ids.a = await makeRun('a.json', rseSpec(RSE_A, 'sim-student-far', 5))
  ids.b = await makeRun('b.json', rseSpec(RSE_B, 'sim-student-0.6', 4))
  ids.ice = await makeRun('ice.json', iceSpec(ICE))
  // The same setup again: its answers come from the response cache, and its row must still be told apart.
  ids.iceAgain = await makeRun('ice-again.json', iceSpec(ICE_AGAIN))
  web = await startWeb(dataDir)
  base = web.url.split('#')[0]!
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

const main = () => page.getByRole('main')
const rseTable = () => main().getByRole('table', { name: /^RSE Avg across 2 runs/ })
const headerTable = () => main().getByRole('table', { name: 'Runs compared' })

/** The printed value of a shared table's cell: "4.200" from "4.200 (3.90–4.45)n = 9", or "—". */
async function printedValue(cell: Locator): Promise<string> {
  const text = (await cell.textContent()) ?? ''
  const match = /^(\d+\.\d+|—)/.exec(text.trim())
  if (!match) throw new Error(`no value in the cell "${text}"`)
  return match[1]!
}

/** A student's Avg cells in the comparison, one per run column, in order. */
async function comparedAvgs(model: string): Promise<string[]> {
  const cells = rseTable()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: model, exact: true }) })
    .getByRole('cell')
  return Promise.all((await cells.all()).map(printedValue))
}

/** An ICE run's loose rate on its own results page, as printed there (three decimals). */
async function ownLooseRate(runId: string): Promise<string> {
  await page.goto(`${base}#/results/${runId}`)
  const loose = main().locator('[data-measure="loose"]')
  await loose.waitFor()
  return Number(await loose.getAttribute('data-rate')).toFixed(3)
}

/** The Avg of the student `alias` on a run's own results page. */
async function ownAvg(runId: string, alias: string): Promise<string> {
  await page.goto(`${base}#/results/${runId}`)
  const avg = main().locator(`[data-student="${alias}"] [data-column="Avg"]`)
  await avg.waitFor()
  const match = /(\d\.\d{3})/.exec((await avg.textContent()) ?? '')
  if (!match) throw new Error(`no Avg for ${alias} on ${runId}`)
  return match[1]!
}

describe('comparing runs', () => {
  it("ticks runs on the Results page, compares them and shows the same Avg as each run's own table", async () => {
    const own = { a: await ownAvg(ids.a, 'close'), b: await ownAvg(ids.b, 'close'), far: await ownAvg(ids.a, 'extra'), loose: await ownLooseRate(ids.ice) }

    await page.goto(`${base}#/results`)
    await main().getByRole('heading', { name: 'Finished runs' }).waitFor()
    const compare = main().getByRole('button', { name: /^Compare/ })
    expect(await compare.isDisabled()).toBe(true)
    await main().getByText('Tick two or more runs to compare them side by side').waitFor()
    await main()
      .getByRole('checkbox', { name: `Select ${RSE_A} to compare` })
      .check()
    await main().getByText('Tick at least one more run to compare.').waitFor()
    expect(await compare.isDisabled()).toBe(true)
    await main()
      .getByRole('checkbox', { name: `Select ${RSE_B} to compare` })
      .check()
    await main()
      .getByRole('checkbox', { name: `Select ${ICE} to compare` })
      .check()
    await main()
      .getByRole('checkbox', { name: `Select ${ICE_AGAIN} to compare` })
      .check()
    await main().getByRole('button', { name: 'Compare 4 runs' }).click()

    await page.waitForURL(/#\/results\/compare\?runs=/)
    expect(decodeURIComponent(page.url().split('runs=')[1]!)).toBe([ids.a, ids.b, ids.ice, ids.iceAgain].join(','))
    await main().getByRole('heading', { level: 1, name: 'Compare runs' }).waitFor()
    await rseTable().waitFor()
    // The header table: one column per run; the two RSE runs' prompt samples differ (five and four prompts).
    expect(await headerTable().getByRole('columnheader').allTextContents()).toEqual(['Run', RSE_A, RSE_B, ICE, ICE_AGAIN])
    const factRow = (label: string) =>
      headerTable()
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) })
    const judgeRow = factRow('Judge')
    expect(await judgeRow.getByRole('cell').allTextContents()).toEqual(['sim-judge', 'sim-judge', 'sim-judge', 'sim-judge'])
    expect(await judgeRow.getByText('Differs').count()).toBe(0)
    // An RSE reference beside an ICE target is not flagged; the kinds are.
    expect(await factRow('Reference or target').getByText('Differs').count()).toBe(0)
    await factRow('Kind').getByText('Differs').waitFor()
    await factRow('Prompt sets or questions').getByText('Differs').waitFor()

    expect(await rseTable().getByRole('columnheader').allTextContents()).toEqual(['Model', RSE_A, RSE_B])
    expect(await comparedAvgs('sim-student-close')).toEqual([own.a, own.b])
    // Each run's other student is missing from the other run: an empty cell, said in the notes.
    expect(await comparedAvgs('sim-student-far')).toEqual([own.far, '—'])
    expect((await comparedAvgs('sim-student-0.6'))[0]).toBe('—')
    await main().getByRole('region', { name: 'Response similarity (RSE)' }).getByText('An empty cell: the student was not in that run.').waitFor()

    // ICE: one row per run; the same target twice is told apart by the runs' names.
    const iceTable = main().getByRole('table', { name: 'ICE per model' })
    expect(await iceTable.getByRole('rowheader').allTextContents()).toEqual([`sim-target-leaky (${ICE})`, `sim-target-leaky (${ICE_AGAIN})`])
    // Loose is the first column after the model's.
    const iceRows = await iceTable
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
      .all()
    expect(await Promise.all(iceRows.map((row) => printedValue(row.getByRole('cell').first())))).toEqual([own.loose, own.loose])
    await screenshot(page, 'compare-runs')
  })

  it('saves the comparison as a Markdown table whose columns are the runs, by name', async () => {
    const exports = main().getByRole('region', { name: 'Figures and tables' })
    const table = exports.getByRole('region', { name: 'Table', exact: true })
    await table.getByLabel('Table', { exact: true }).selectOption('rse-runs')
    await table.getByRole('radiogroup', { name: 'Format' }).getByText('Markdown', { exact: true }).click()
    const [file] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Save table' }).click()])
    const saved = join(filesDir, file.suggestedFilename())
    await file.saveAs(saved)
    expect(file.suggestedFilename()).toBe('sample-of-five-and-3-more-rse-runs.md')
    const header =
      readFileSync(saved, 'utf8')
        .split('\n')
        .find((line) => line.startsWith('| Model')) ?? ''
    // The columns are labelled with the runs' names, which results alone do not carry.
    expect(header).toContain(RSE_A)
    expect(header).toContain(RSE_B)
    await table.getByRole('status').getByText(`Saved ${file.suggestedFilename()}.`).waitFor()
  })

  it('takes runs out, and goes back to the Results page with the rest still ticked', async () => {
    for (const name of [RSE_B, ICE_AGAIN]) {
      const remove = main().getByRole('button', { name: `Remove ${name} from the comparison` })
      await remove.click()
      await remove.waitFor({ state: 'detached' })
    }
    expect(page.url()).toContain(`#/results/compare?runs=${ids.a},${ids.ice}`)
    expect(await headerTable().getByRole('columnheader').allTextContents()).toEqual(['Run', RSE_A, ICE])
    await main()
      .getByText(/Only one RSE run is in this comparison/)
      .waitFor()
    await main()
      .getByText(/Only one ICE run is in this comparison/)
      .waitFor()
    expect(await rseTable().count()).toBe(0)

    await main().getByRole('link', { name: 'Change the selection' }).click()
    await main().getByRole('heading', { name: 'Finished runs' }).waitFor()
    expect(
      await main()
        .getByRole('checkbox', { name: `Select ${RSE_A} to compare` })
        .isChecked(),
    ).toBe(true)
    expect(
      await main()
        .getByRole('checkbox', { name: `Select ${ICE} to compare` })
        .isChecked(),
    ).toBe(true)
    expect(
      await main()
        .getByRole('checkbox', { name: `Select ${RSE_B} to compare` })
        .isChecked(),
    ).toBe(false)
    expect(
      await main()
        .getByRole('checkbox', { name: `Select ${ICE_AGAIN} to compare` })
        .isChecked(),
    ).toBe(false)
    await main().getByRole('button', { name: 'Compare 2 runs' }).waitFor()
  })

  it('names a run in the address that does not exist, and still compares the others', async () => {
    await page.goto(`${base}#/results/compare?runs=${ids.a},run_gone123, ${ids.b},${ids.a},bad%20id!`)
    const alert = main().getByRole('alert').filter({ hasText: 'not found' })
    await alert.getByText('No run run_gone123 was found').waitFor()
    await alert.getByText('“bad id!” is not a run id.').waitFor()
    // The repeated id counts once: the two runs found are compared.
    await rseTable().waitFor()
    expect(await rseTable().getByRole('columnheader').allTextContents()).toEqual(['Model', RSE_A, RSE_B])
    await screenshot(page, 'compare-unknown-run')
    await alert.getByRole('button', { name: 'Remove what was not found from the address' }).click()
    await alert.waitFor({ state: 'detached' })
    expect(new URL(page.url()).hash).toBe(`#/results/compare?runs=${ids.a},${ids.b}`)
    expect(await rseTable().getByRole('columnheader').allTextContents()).toEqual(['Model', RSE_A, RSE_B])
    expect(pageErrors).toEqual([])
  })

  it('an address with no run at all says how to choose some', async () => {
    await page.goto(`${base}#/results/compare?runs=`)
    await main().getByRole('heading', { name: 'No runs to compare' }).waitFor()
    await main().getByRole('link', { name: 'Choose runs' }).waitFor()
    expect(pageErrors).toEqual([])
  })
})
