import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from '../support/browser'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'
import { attackLogOf, paperRows, strictCsvOf } from '../support/paper-log-files'

/**
 * Issue 13 item 5 in browser mode: a newcomer tries the Offline demo, scores a paper log on the
 * Identity page, then checks the demo's judge against the paper's judge and reads its agreement.
 */
const PAPER_LOGS = 'Score the paper’s published logs'
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-paper-judge-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-paper-judge-files-'))
const attackLog = join(filesDir, 'DeepSeek-V3.jsonl')
const strictCsv = join(filesDir, 'DeepSeek-V3-strict.csv')
let web: RunningWeb
let browser: Browser
let page: Page
recoverAfterFailure(() => page)
let pageErrors: string[]

beforeAll(async () => {
  requireBuild()
  const rows = paperRows()
  writeFileSync(attackLog, attackLogOf(rows))
  writeFileSync(strictCsv, strictCsvOf(rows).text)
  web = await startWeb(dataDir)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(filesDir, { recursive: true, force: true })
})

const sections = () => page.getByRole('navigation', { name: 'Sections' })

describe('Check a judge against the paper’s judge', () => {
  it('re-judges a sample with the Offline demo judge and shows its matrix, accuracy and kappa', async () => {
    await sections().getByRole('link', { name: 'Models', exact: true }).click()
    await page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()

    await sections().getByRole('link', { name: 'Identity (ICE)', exact: true }).click()
    await page.getByRole('button', { name: PAPER_LOGS }).click()
    await page.getByLabel('Attack log').setInputFiles(attackLog)
    await page.getByLabel('Strict CSV (optional)').setInputFiles(strictCsv)
    await page.getByRole('button', { name: 'Score the logs' }).click()
    await page.getByRole('table', { name: 'Scores of DeepSeek-V3.jsonl' }).waitFor()

    const check = page.getByRole('region', { name: 'Check a judge against the paper’s judge' })
    const run = check.getByRole('button', { name: 'Check the judges' })
    // Nothing can start before a judge and the target are chosen.
    expect(await run.isDisabled()).toBe(true)
    await check.getByRole('checkbox', { name: 'Demo judge (simulated)' }).check()
    await check.getByLabel('The log’s target').selectOption({ label: 'DeepSeek' })
    await check.getByLabel('Sample size').fill('40')
    await check.getByText(/About \d+ calls: 40 rows x 1 judge, plus strict/).waitFor()
    await run.click()

    const result = page.getByRole('region', { name: 'Against the paper’s judge' })
    await result.waitFor({ timeout: 60_000 })
    await result.getByRole('heading', { name: 'Demo judge (simulated)' }).waitFor()
    const loose = result.getByRole('table', { name: /^Loose: \d+ rows compared/ })
    const cells = (await loose.getByRole('cell').allTextContents()).map(Number).filter((value) => !Number.isNaN(value))
    expect(cells.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0)
    expect(
      await result
        .getByText(/Accuracy \d\.\d{3}, Cohen’s kappa -?\d\.\d{3}/)
        .first()
        .textContent(),
    ).toMatch(/kappa/)
    await result.getByRole('heading', { name: 'Demo judge (simulated)' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'paper-judge-check')
  })

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
