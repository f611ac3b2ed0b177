import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from '../support/browser'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'
import { downloadWhileOffline } from '../support/offline-download'

/**
 * A newcomer on the Prompt sets page, in browser mode: finds the three built-in sets, looks inside
 * one and draws a sample, imports a small CSV whose prompt column needs mapping (with a duplicate),
 * is refused a malformed JSON Lines file with the line named and nothing added, imports the real
 * Arena-Hard v0.1 questions, and sees the download explained and its offline failure said plainly.
 */
const ARENA_HARD_FILE = resolve('../shared/data/arena-hard-v0.1/question.jsonl')
const BUILTIN_NAMES = [
  'General reasoning (Distillscope demo set)',
  'Maths problems (Distillscope demo set)',
  'Instruction following (Distillscope demo set)',
] as const

const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-prompt-sets-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-prompt-files-'))
const csvFile = join(filesDir, 'exam-questions.csv')
const brokenFile = join(filesDir, 'broken.jsonl')
let web: RunningWeb
let browser: Browser
let page: Page
recoverAfterFailure(() => page)
let pageErrors: string[]

beforeAll(async () => {
  if (!existsSync(ARENA_HARD_FILE)) {
    throw new Error(`Test data is missing: ${ARENA_HARD_FILE}. These tests need the shared data folder (../shared/data beside the project).`)
  }
  requireBuild()
  // The prompt column is "Question" (capitalised), which no known layout uses: it has to be mapped.
  // Line 5 repeats line 2 apart from capitals and spacing.
  writeFileSync(
    csvFile,
    [
      'Question,Topic,Difficulty',
      'What is the capital of France?,geography,easy',
      'How do vaccines train the immune system?,biology,medium',
      '"Explain, in two sentences, why the sky is blue.",physics,easy',
      '  what is the capital of   France?,geography,easy',
      '',
    ].join('\n'),
  )
  // Line 2 has a trailing comma, which JSON does not allow.
  writeFileSync(
    brokenFile,
    [
      '{"id": "a1", "prompt": "What is two plus two?"}',
      '{"id": "a2", "prompt": "Name a prime number.", }',
      '{"id": "a3", "prompt": "Why is the sea salty?"}',
      '',
    ].join('\n'),
  )
  web = await startWeb(dataDir)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Prompt sets', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Prompt sets' }).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(filesDir, { recursive: true, force: true })
})

const setsTable = () => page.getByRole('table', { name: 'Your prompt sets' })
const setRows = () => setsTable().getByRole('rowheader')
const rowOf = (name: string) =>
  setsTable()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) })

async function openImport(): Promise<Locator> {
  await page.getByRole('button', { name: 'Import a file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a prompt set' })
  await dialog.getByLabel('Prompt file').waitFor()
  return dialog
}

/** Waits for opening transitions (drawer, overlay), so screenshots show the page as people see it. */
async function settled(): Promise<void> {
  // A string runs in the page, where the DOM exists (this file is typed for Node).
  await page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished)).then(() => true)')
}

async function closeDialog(dialog: Locator, button = 'Cancel'): Promise<void> {
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('Prompt sets page, as a newcomer uses it', () => {
  it('lists the three built-in sets from the start, each marked Built-in', async () => {
    await setsTable().waitFor()
    expect((await setRows().allTextContents()).sort()).toEqual(BUILTIN_NAMES.map((name) => `${name}Built-in`).sort())
    for (const name of BUILTIN_NAMES) expect(await rowOf(name).getByRole('cell').nth(1).textContent()).toBe('30')
    const main = (await page.getByRole('main').textContent()) ?? ''
    expect(main).toMatch(/A prompt set is a list of questions/)
    for (const paperSet of ['Arena-Hard v0.1', 'NuminaMath-CoT', 'ShareGPT'])
      await page.getByRole('heading', { level: 3, name: paperSet, exact: true }).waitFor()
    await screenshot(page, 'prompt-sets-builtin')
  })

  it('views a built-in set page by page, expands a prompt and draws the same sample twice with the same seed', async () => {
    const name = BUILTIN_NAMES[0]
    await page.getByRole('button', { name: `View ${name}` }).click()
    const drawer = page.getByRole('dialog', { name })
    await drawer.getByText('Prompts 1–20 of 30', { exact: true }).waitFor()
    await drawer.getByRole('button', { name: 'Next prompts' }).click()
    await drawer.getByText('Prompts 21–30 of 30', { exact: true }).waitFor()
    expect(await drawer.getByRole('button', { name: 'Next prompts' }).isDisabled()).toBe(true)
    await drawer.getByRole('button', { name: 'Previous prompts' }).click()
    await drawer.getByText('Prompts 1–20 of 30', { exact: true }).waitFor()
    expect(await drawer.getByRole('table', { name: 'Prompts' }).getByRole('row').count()).toBe(21)

    await drawer.getByLabel('Number of prompts').fill('5')
    await drawer.getByLabel('Seed').fill('7')
    await drawer.getByRole('button', { name: 'Draw sample' }).click()
    await drawer.getByRole('status').filter({ hasText: 'Drew 5 prompts of 30 with seed 7' }).waitFor()
    const ids = drawer.getByRole('list', { name: 'Drawn prompt ids' }).getByRole('listitem')
    const first = await ids.allTextContents()
    expect(first).toHaveLength(5)
    expect(new Set(first).size).toBe(5)
    const drawnAgain = page.waitForResponse(
      (response) => response.url().endsWith('/api/request') && response.request().postData()?.includes('"promptSets.sample"') === true,
    )
    await drawer.getByRole('button', { name: 'Draw sample' }).click()
    await drawnAgain
    // The answer arrives before the list is drawn again: wait for the list, not just the reply (CI saw it empty once).
    await expect.poll(() => ids.allTextContents()).toEqual(first)
    expect(await drawer.getByText('"setId":"builtin-general-v1","sample":5,"seed":7').count()).toBe(1)

    await drawer.getByLabel('Number of prompts').fill('31')
    await drawer.getByRole('button', { name: 'Draw sample' }).click()
    await drawer.getByText('This set has 30 prompts; choose at most 30.').waitFor()
    await drawer.getByRole('heading', { name: 'Draw a sample' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'prompt-set-details')
    await drawer.getByRole('button', { name: 'Close' }).click()
    await drawer.waitFor({ state: 'hidden' })
  })

  it('imports a CSV whose prompt column needs mapping, skipping its duplicate', async () => {
    const dialog = await openImport()
    await dialog.getByLabel('Prompt file').setInputFiles(csvFile)
    await dialog.getByRole('heading', { name: 'What Distillscope found' }).waitFor()
    await dialog.getByRole('status').filter({ hasText: 'Choose the field that holds the prompts' }).waitFor()
    expect(await dialog.getByText(/Fields found: Question, Topic, Difficulty/).count()).toBeGreaterThan(0)
    expect(await dialog.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('exam-questions')

    await dialog.getByLabel('Prompt field').selectOption('Question')
    await dialog.getByRole('status').filter({ hasText: 'Ready to import 3 prompts' }).waitFor()
    const duplicates = dialog.getByRole('list', { name: 'Duplicate prompts' })
    expect(await duplicates.textContent()).toBe('“line-5” (line 5) repeats “line-2”')
    await dialog.getByLabel('Category field (optional)').selectOption('Topic')
    await dialog.getByRole('table', { name: 'First prompts' }).getByRole('cell', { name: 'physics' }).waitFor()
    await dialog.getByLabel('Domain').selectOption('general')
    await dialog.getByLabel('Source and licence (optional)').fill('Written for this test. CC0.')
    await dialog.getByRole('heading', { name: 'What Distillscope found' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'prompt-sets-import-csv-preview')

    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('status').filter({ hasText: 'Imported “exam-questions”: 3 prompts (1 duplicate skipped).' }).waitFor()
    const row = rowOf('exam-questions')
    expect(await row.getByRole('cell').allTextContents()).toEqual(['General', '3', 'Written for this test. CC0.', 'ViewDelete'])
    expect(await rowOf('exam-questions').getByText('Built-in').count()).toBe(0)
  })

  it('refuses a malformed JSON Lines file, naming the line, and adds nothing', async () => {
    const before = await setRows().count()
    const dialog = await openImport()
    await dialog.getByLabel('Prompt file').setInputFiles(brokenFile)
    const refusal = dialog.getByRole('alert').filter({ hasText: 'This file cannot be imported as it is' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toMatch(/Line 2 is not valid JSON/)
    expect(await dialog.getByRole('list', { name: 'Problems in the file' }).textContent()).toMatch(/Stops the importLine 2 is not valid JSON: column \d+/)

    // The backend has the last word, and says nothing was imported.
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    const error = dialog.getByRole('alert').filter({ hasText: 'The prompt set was not imported' })
    await error.waitFor()
    expect(await error.textContent()).toMatch(/Nothing was imported from "broken\.jsonl"\. Line 2 is not valid JSON/)
    await screenshot(page, 'prompt-sets-import-malformed')
    await closeDialog(dialog)
    expect(await setRows().count()).toBe(before)
    expect(await page.getByRole('main').textContent()).not.toContain('broken')
  })

  it('recognises the real Arena-Hard v0.1 questions (500 prompts) and imports them', async () => {
    const dialog = await openImport()
    await dialog.getByLabel('Prompt file').setInputFiles(ARENA_HARD_FILE)
    await dialog.getByRole('status').filter({ hasText: 'Ready to import 500 prompts' }).waitFor()
    const found = (await dialog.getByRole('table', { name: 'What Distillscope found' }).textContent()) ?? ''
    expect(found).toContain('LayoutArena-Hard questions (uid, category, cluster, prompt)')
    expect(found).toContain('Records read500')
    expect(found).toContain('DuplicatesNone')
    expect(await dialog.getByLabel('Prompt field').inputValue()).toBe('prompt')
    expect(await dialog.getByLabel('Id field (optional)').inputValue()).toBe('uid')
    expect(await dialog.getByLabel('Domain').inputValue()).toBe('general')
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Arena-Hard v0.1 (from file)')
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('status').filter({ hasText: 'Imported “Arena-Hard v0.1 (from file)”: 500 prompts' }).waitFor()
    expect(await rowOf('Arena-Hard v0.1 (from file)').getByRole('cell').nth(1).textContent()).toBe('500')
  })

  it('explains the Arena-Hard download and says plainly when there is no internet, adding nothing', async () => {
    const before = await setRows().count()
    await page.getByRole('button', { name: 'Download Arena-Hard v0.1' }).click()
    const dialog = page.getByRole('dialog', { name: 'Download Arena-Hard v0.1' })
    const text = (await dialog.textContent()) ?? ''
    expect(text).toMatch(/needs an internet connection/)
    expect(text).toMatch(/Apache License 2\.0/)
    expect(text).toMatch(/github\.com\/lmarena\/arena-hard-auto/)
    // The test never depends on the network: the backend's answer on a computer without internet is played back.
    const offline =
      'Could not reach raw.githubusercontent.com. Check that this computer is connected to the internet (and any proxy it needs), then try again. You can also download question.jsonl yourself and import it as a file.'
    expect(await downloadWhileOffline(page, dialog, 'promptSets.download', offline)).toContain('Could not reach raw.githubusercontent.com')
    await screenshot(page, 'prompt-sets-download-offline')
    await closeDialog(dialog)
    expect(await setRows().count()).toBe(before)
  })

  it('deletes an imported set after naming it, and explains why a built-in set cannot be deleted', async () => {
    await page.getByRole('button', { name: `Delete ${BUILTIN_NAMES[1]}` }).click()
    const builtin = page.getByRole('dialog', { name: `Delete “${BUILTIN_NAMES[1]}”?` })
    await builtin.getByText('comes with Distillscope and cannot be deleted').waitFor()
    expect(await builtin.getByRole('button', { name: 'Delete prompt set' }).count()).toBe(0)
    await closeDialog(builtin, 'Close')

    await page.getByRole('button', { name: 'Delete exam-questions' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete “exam-questions”?' })
    await dialog.getByText('“exam-questions” and its 3 prompts will be removed').waitFor()
    await dialog.getByRole('button', { name: 'Delete prompt set' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('status').filter({ hasText: 'Deleted “exam-questions”.' }).waitFor()
    expect(await rowOf('exam-questions').count()).toBe(0)
    expect(await setRows().count()).toBe(4)
  })

  it('reads well in the dark theme too', async () => {
    await page.getByRole('button', { name: 'Switch to dark theme' }).click()
    await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' })
    await page.getByRole('button', { name: 'View Arena-Hard v0.1 (from file)' }).click()
    const drawer = page.getByRole('dialog', { name: 'Arena-Hard v0.1 (from file)' })
    await drawer.getByText('Prompts 1–20 of 500', { exact: true }).waitFor()
    // Arena-Hard's second question is long: it is cut short until asked for in full.
    const secondId = 'b43c07656ead4150b360294ee932b410'
    const showAll = drawer.getByRole('button', { name: `Show all of prompt ${secondId}` })
    expect(await showAll.getAttribute('aria-expanded')).toBe('false')
    const row = drawer.getByRole('row').filter({ has: page.getByRole('rowheader', { name: secondId }) })
    expect(await row.textContent()).not.toContain('The only line of each test case')
    await showAll.click()
    expect(await drawer.getByRole('button', { name: `Show less of prompt ${secondId}` }).getAttribute('aria-expanded')).toBe('true')
    expect(await row.textContent()).toContain('The only line of each test case')
    await settled()
    await screenshot(page, 'prompt-set-details-dark')
    await drawer.getByRole('button', { name: 'Close' }).click()
    await drawer.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Switch to light theme' }).click()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(pageErrors).toEqual([])
  })
})
