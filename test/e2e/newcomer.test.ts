import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure } from '../support/browser'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'

/**
 * Issue 18 items 1 and 5, in browser mode from an empty data folder: "Try the Offline demo" sets
 * up every model a run needs; closing a dialog or wizard midway leaves no provider, model or prompt
 * set behind; a taken name is refused on its field; then the RSE and the ICE wizards are each
 * finished with their defaults only, and their runs finish on the simulator; a figure saved from
 * the results says the data is simulated (the newcomer tour of issue 18's acceptance).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-newcomer-'))
const promptFile = join(dataDir, 'my-questions.jsonl')
writeFileSync(promptFile, ['{"prompt":"What is 2 + 2?"}', '{"prompt":"Name a colour."}'].join('\n'))
let web: RunningWeb
let browser: Browser
let page: Page
recoverAfterFailure(() => page)
let pageErrors: string[]

const DEMO_IDS = [
  'sim-reference',
  'sim-student-close',
  'sim-student-far',
  'sim-judge',
  'sim-judge-json',
  'sim-judge-final-answer',
  'sim-target-leaky',
  'sim-target-loyal',
  'sim-helper',
]

beforeAll(async () => {
  requireBuild()
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
  rmSync(dataDir, { recursive: true, force: true })
})

async function api<T>(route: string, input?: unknown): Promise<T> {
  const response = await page.request.post(`${web.origin}/api/request`, { data: { route, ...(input === undefined ? {} : { input }) } })
  const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${route} failed: ${envelope.error?.message}`)
  return envelope.data as T
}

const count = async (route: 'providers.list' | 'models.list' | 'promptSets.list') => (await api<unknown[]>(route)).length
const modelIds = async () => (await api<{ model: string }[]>('models.list')).map((model) => model.model).sort()

async function goTo(section: 'Models' | 'Runs' | 'Prompt sets'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: section }).waitFor()
}

describe('a newcomer’s first hour', () => {
  it('sets up every demo model in one click, with display names', async () => {
    await page.getByRole('heading', { level: 2, name: 'No models yet' }).waitFor()
    await page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await page.getByRole('status').filter({ hasText: 'The Offline demo is ready (9 models added)' }).waitFor()
    expect(await modelIds()).toEqual([...DEMO_IDS].sort())
    expect(await count('providers.list')).toBe(1)
    for (const name of [
      'Offline demo reference (simulated)',
      'Demo student, close copy (simulated)',
      'Demo judge (simulated)',
      'Demo template rewriter (simulated)',
    ])
      await page.getByRole('rowheader', { name: new RegExp(name.replace(/[()]/g, '\\$&')) }).waitFor()
    // Complete: the offer goes away, so a second click cannot add anything.
    await expect.poll(() => page.getByRole('button', { name: 'Try the Offline demo' }).count()).toBe(0)
  })

  it('leaves no provider behind when Add a model is closed after saving one', async () => {
    await page.getByRole('button', { name: 'Add a model' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a model' })
    await dialog.getByRole('radio', { name: 'A new provider' }).check()
    await dialog.getByLabel('Service').selectOption({ label: 'Custom' })
    await dialog.getByLabel('Provider name').fill('Half-made gateway')
    await dialog.getByLabel('Base URL').fill('http://127.0.0.1:9/v1')
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await dialog.getByRole('heading', { name: 'Add the API key' }).waitFor()
    expect(await count('providers.list')).toBe(2)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => count('providers.list')).toBe(1)
    expect(await count('models.list')).toBe(9)
  })

  it('refuses a model name already taken, on the name field, and adds nothing', async () => {
    await page.getByRole('button', { name: 'Add a model' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a model' })
    await dialog.getByRole('button', { name: 'Continue' }).click()
    await dialog.getByRole('heading', { name: 'Describe the model' }).waitFor()
    await dialog.getByLabel('Model id').fill('sim-student-0.5')
    await dialog.getByLabel('Display name').fill(' demo JUDGE (simulated)')
    await dialog.getByRole('button', { name: 'Add model' }).click()
    await dialog.getByText('A model named “Demo judge (simulated)” already exists. Choose another name.').waitFor()
    expect(await dialog.getByLabel('Display name').getAttribute('aria-invalid')).toBe('true')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await count('models.list')).toBe(9)
    expect(await count('providers.list')).toBe(1)
  })

  it('leaves no prompt set behind when the import is closed at its preview', async () => {
    await goTo('Prompt sets')
    const before = await count('promptSets.list')
    await page.getByRole('button', { name: 'Import a file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import a prompt set' })
    await dialog.getByLabel('Prompt file').setInputFiles(promptFile)
    await dialog.getByRole('heading', { name: 'What Distillscope found' }).waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await count('promptSets.list')).toBe(before)
  })

  it('refuses a prompt set name already taken, on the name field', async () => {
    const before = await count('promptSets.list')
    for (const attempt of ['first', 'again']) {
      await page.getByRole('button', { name: 'Import a file' }).click()
      const dialog = page.getByRole('dialog', { name: 'Import a prompt set' })
      await dialog.getByLabel('Prompt file').setInputFiles(promptFile)
      await dialog.getByRole('heading', { name: 'What Distillscope found' }).waitFor()
      await dialog.getByLabel('Domain').selectOption('general')
      await dialog.getByRole('button', { name: 'Import', exact: true }).click()
      if (attempt === 'first') {
        await dialog.waitFor({ state: 'hidden' })
        continue
      }
      await dialog.getByText('A prompt set named “my-questions” already exists. Choose another name.').waitFor()
      expect(await dialog.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('aria-invalid')).toBe('true')
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
    }
    expect(await count('promptSets.list')).toBe(before + 1)
  })

  it('takes back the demo models the ICE wizard added when it closes without a run, and the Models page completes the demo', async () => {
    const loyal = (await api<{ id: string; model: string }[]>('models.list')).find((model) => model.model === 'sim-target-loyal')!
    await api('models.delete', { id: loyal.id })
    await goTo('Runs')
    await page.getByRole('button', { name: 'New ICE run' }).click()
    const wizard = page.getByRole('dialog', { name: 'New ICE run' })
    await wizard.getByRole('button', { name: 'Add the Offline demo’s ICE models' }).click()
    await wizard.getByRole('status').filter({ hasText: 'The Offline demo’s ICE models were added' }).waitFor()
    await expect.poll(() => count('models.list')).toBe(9)
    await page.keyboard.press('Escape')
    await wizard.waitFor({ state: 'hidden' })
    await expect.poll(() => count('models.list')).toBe(8)
    expect(await count('providers.list')).toBe(1)

    await goTo('Models')
    await page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await page.getByRole('status').filter({ hasText: 'The Offline demo is ready (one model added)' }).waitFor()
    expect(await modelIds()).toEqual([...DEMO_IDS].sort())
  })

  it('finishes the RSE wizard with its defaults only, and the run finishes', async () => {
    await finishWizardWithDefaults('New RSE run', ['Students', 'Judge', 'Prompt sets', 'Options'], 90_000)
  })

  it('finishes the ICE wizard with its defaults only, and the run finishes', async () => {
    await finishWizardWithDefaults('New ICE run', ['Helper and judge', 'Questions and templates', 'Method', 'Budget and options'], 110_000)
  })

  it('saves a figure of the demo run from its results, and the file says the data is simulated', async () => {
    await page.getByRole('link', { name: 'Open results' }).click()
    const figure = page.getByRole('region', { name: 'Figures and tables' }).getByRole('region', { name: 'Figure', exact: true })
    await figure.waitFor()
    await figure.getByRole('radiogroup', { name: 'Format' }).getByText('SVG', { exact: true }).click()
    await figure.getByRole('img', { name: /^Preview of the figure/ }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Save figure' }).click()])
    const saved = join(dataDir, download.suggestedFilename())
    await download.saveAs(saved)
    const svg = readFileSync(saved, 'utf8')
    expect(download.suggestedFilename()).toMatch(/\.svg$/)
    // Both in the picture (the note drawn on it) and in its description, which a reader of the file sees.
    expect(svg).toMatch(/<desc>[^<]*Simulated data/)
    expect(svg).toMatch(/<text[^>]*>[^<]*[Ss]imulated data/)
    expect(pageErrors).toEqual([])
  })
})

/** Opens a run wizard, goes through its steps with Next only, estimates, starts, and waits for the run to finish. */
async function finishWizardWithDefaults(opener: string, steps: readonly string[], timeout: number): Promise<void> {
  await goTo('Runs')
  await page.getByRole('button', { name: opener }).click()
  const wizard = page.getByRole('dialog', { name: opener })
  for (const next of steps) {
    await wizard.getByRole('button', { name: 'Next' }).click()
    await wizard.getByRole('heading', { name: next }).waitFor()
  }
  await wizard.getByRole('button', { name: 'Estimate the cost' }).click()
  await wizard.getByRole('heading', { name: 'Estimate and start' }).waitFor()
  await wizard.getByRole('status').filter({ hasText: 'This run will send at most' }).waitFor()
  await wizard.getByRole('button', { name: 'Start run' }).click()
  await wizard.waitFor({ state: 'hidden' })
  await page.getByRole('link', { name: 'Open results' }).waitFor({ timeout })
}
