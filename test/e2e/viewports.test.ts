import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure } from '../support/browser'
import { requireBuild, runCliAsync, startWeb, type RunningWeb } from '../support/built-app'
import { checkAtEveryViewport } from '../support/viewport-check'

/**
 * Every page at the window's smallest size (900x600) and at 1280x800 (issue 18 item 6): each
 * section, each results page, both run wizards at every step their defaults reach, the model and
 * provider dialogs and the settings. On each, every visible control can be scrolled to and is
 * then inside the window and not covered, and the page never scrolls sideways. Pictures of each
 * land in test-results/viewports/. The data folder holds the Offline demo's models and a finished
 * RSE and ICE run, made on the command line.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-viewports-'))
const filesDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-viewports-files-'))
const sim = (model: string) => ({ provider: 'simulator', model })
const RSE = 'Viewport RSE run with a long name to test wrapping'
const ICE = 'Viewport ICE run'
const DEMO_MODEL = 'Offline demo reference (simulated)'
const ids = { rse: '', ice: '' }
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

beforeAll(async () => {
  requireBuild()
  ids.rse = await makeRun('rse.json', {
    kind: 'rse',
    name: RSE,
    models: { ref: sim('sim-reference'), close: sim('sim-student-close'), far: sim('sim-student-far'), judge: sim('sim-judge') },
    reference: 'ref',
    students: ['close', 'far'],
    judge: 'judge',
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 4 }],
  })
  ids.ice = await makeRun('ice.json', {
    kind: 'ice',
    name: ICE,
    models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    budget: { maxQueries: 20 },
    seed: 3,
  })
  web = await startWeb(dataDir)
  base = web.url.split('#')[0]!
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
  await page.getByRole('heading', { level: 1, name: 'Models' }).waitFor()
  // The Offline demo's provider and model, through the page as a newcomer adds them, then two more
  // simulated models so the RSE wizard has a reference, a student and a judge to offer.
  await page.getByRole('button', { name: 'Try the Offline demo' }).click()
  await page.getByRole('rowheader', { name: new RegExp(DEMO_MODEL.replace(/[()]/g, '\\$&')) }).waitFor()
  const providers = await api<{ id: string; preset: string }[]>('providers.list')
  const simulator = providers.find((provider) => provider.preset === 'simulator')!
  await api('models.create', { providerId: simulator.id, model: 'sim-student-close', name: 'Demo student' })
  await api('models.create', { providerId: simulator.id, model: 'sim-judge', name: 'Demo judge' })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(filesDir, { recursive: true, force: true })
})

async function api<T>(route: string, input?: unknown): Promise<T> {
  const response = await page.request.post(`${web.origin}/api/request`, { data: { route, ...(input === undefined ? {} : { input }) } })
  const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${route} failed: ${envelope.error?.message}`)
  return envelope.data as T
}

async function open(hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${base}#${hash}`)
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  // Wait for what loads after the heading (tables, figures) to settle.
  await page.waitForLoadState('networkidle')
  await openEverySection()
}

/** Opens the page's folded sections (and what they fold in turn): their controls count too. */
async function openEverySection(): Promise<void> {
  const folded = page.getByRole('main').locator('button[aria-expanded="false"]')
  for (let clicks = 0; clicks < 40 && (await folded.count()) > 0; clicks++) {
    await folded.first().click()
    await page.waitForLoadState('networkidle')
  }
  expect(await folded.count(), 'folded sections left closed').toBe(0)
}

async function expectReachable(name: string): Promise<void> {
  expect(await checkAtEveryViewport(page, name)).toEqual([])
}

const dialog = () => page.getByRole('dialog')

/** Where a control ends on the right, as the page first shows it (nothing scrolled). */
async function rightEdge(control: Locator): Promise<number> {
  const box = await control.boundingBox()
  if (!box) throw new Error('the control is not shown')
  return box.x + box.width
}

async function closeDialog(): Promise<void> {
  // The dialog's own close button (×): Escape goes nowhere once the check has moved the focus out.
  await dialog().locator('.mantine-Modal-close, .mantine-Drawer-close').click()
  await dialog().waitFor({ state: 'hidden' })
}

/** Opens a dialog from a button of the main page, checks it, closes it. */
async function checkDialog(name: string, button: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click()
  await dialog().first().waitFor()
  await page.waitForLoadState('networkidle')
  const problems = await checkAtEveryViewport(page, name)
  await closeDialog()
  expect(problems).toEqual([])
}

/**
 * What a newcomer does on a step that asks for a choice: takes the first model of each empty
 * list and ticks the first box when none is ticked. Enough to reach every step.
 */
async function chooseFirsts(wizard: Locator): Promise<void> {
  for (const select of await wizard.locator('select').all()) {
    if ((await select.inputValue()) === '' && (await select.locator('option').count()) > 1) await select.selectOption({ index: 1 })
  }
  const boxes = wizard.getByRole('checkbox')
  if ((await boxes.count()) > 0 && (await wizard.getByRole('checkbox', { checked: true }).count()) === 0) await boxes.first().check()
}

/** Walks a run wizard to its last step, checking each, with the first choice wherever one is asked. */
async function walkWizard(prefix: string, opener: string): Promise<number> {
  await page.getByRole('main').getByRole('button', { name: opener, exact: true }).click()
  const wizard = page.getByRole('dialog', { name: opener })
  await wizard.waitFor()
  const problems: string[] = []
  let steps = 0
  for (;;) {
    const stepText = (await wizard.getByText(/^Step \d+ of \d+$/).textContent()) ?? ''
    const [current, count] = (/(\d+) of (\d+)/.exec(stepText) ?? []).slice(1).map(Number) as [number, number]
    await page.waitForLoadState('networkidle')
    problems.push(...(await checkAtEveryViewport(page, `${prefix}-step-${current}`)))
    steps++
    if (current === count) break
    await chooseFirsts(wizard)
    await wizard.getByRole('button', { name: /^(Next|Estimate the cost)$/ }).click()
    const moved = await wizard
      .getByText(`Step ${current + 1} of ${count}`, { exact: true })
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false)
    if (!moved) break
  }
  await wizard.getByRole('button', { name: 'Cancel', exact: true }).click()
  await wizard.waitFor({ state: 'hidden' })
  expect(problems).toEqual([])
  return steps
}

describe('every page at 900x600 and at 1280x800', () => {
  it('Models, with its tables of providers and models', async () => {
    await open('/models', 'Models')
    await expectReachable('models')
  })

  it("keeps each table row's actions in view at 900x600 without a sideways scroll", async () => {
    await page.setViewportSize({ width: 900, height: 600 })
    await open('/runs', 'Runs')
    expect(await rightEdge(page.getByRole('button', { name: `Delete ${RSE}` }))).toBeLessThanOrEqual(900)
    await open('/models', 'Models')
    expect(await rightEdge(page.getByRole('button', { name: `Delete ${DEMO_MODEL}` }))).toBeLessThanOrEqual(900)
    expect(await rightEdge(page.getByRole('button', { name: 'Delete provider Offline demo (simulated)' }))).toBeLessThanOrEqual(900)
  })

  it('the model dialogs: add, test connection, edit, delete', async () => {
    await open('/models', 'Models')
    await checkDialog('model-add', 'Add a model')
    await checkDialog('model-test-connection', `Test connection to ${DEMO_MODEL}`)
    await checkDialog('model-edit', `Edit ${DEMO_MODEL}`)
    await checkDialog('model-delete', `Delete ${DEMO_MODEL}`)
  })

  it('the provider dialogs: edit, delete', async () => {
    await open('/models', 'Models')
    await checkDialog('provider-edit', 'Edit provider Offline demo (simulated)')
    await checkDialog('provider-delete', 'Delete provider Offline demo (simulated)')
  })

  it('Prompt sets, and a set in its drawer', async () => {
    await open('/prompt-sets', 'Prompt sets')
    await expectReachable('prompt-sets')
    await checkDialog('prompt-set-drawer', 'View General reasoning (Distillscope demo set)')
  })

  it('Identity (ICE), a set in its drawer and a fact in its dialog', async () => {
    await open('/identity', 'Identity (ICE)')
    await expectReachable('identity')
    await checkDialog('ice-set-drawer', 'View Identity questions (English)')
    await checkDialog('fact-edit', 'Edit the fact for OpenAI')
  })

  it('Runs, with its table of runs', async () => {
    await open('/runs', 'Runs')
    await page
      .getByRole('main')
      .getByRole('link', { name: `Open ${RSE}` })
      .waitFor()
    await expectReachable('runs')
  })

  it('the RSE wizard at each step its defaults reach', async () => {
    await open('/runs', 'Runs')
    expect(await walkWizard('wizard-rse', 'New RSE run')).toBe(6)
  })

  it('the ICE wizard at each step its defaults reach', async () => {
    await open('/runs', 'Runs')
    expect(await walkWizard('wizard-ice', 'New ICE run')).toBe(6)
  })

  it("each run's own page", async () => {
    await open(`/runs/${ids.rse}`, new RegExp(RSE))
    const problems = await checkAtEveryViewport(page, 'run-rse')
    await open(`/runs/${ids.ice}`, new RegExp(ICE))
    problems.push(...(await checkAtEveryViewport(page, 'run-ice')))
    expect(problems).toEqual([])
  })

  it('Results, the list of finished runs', async () => {
    await open('/results', 'Results')
    await expectReachable('results')
  })

  it('the results of the RSE run', async () => {
    await open(`/results/${ids.rse}`, `Results: ${RSE}`)
    await expectReachable('results-rse')
  })

  it('the results of the ICE run', async () => {
    await open(`/results/${ids.ice}`, `Results: ${ICE}`)
    await expectReachable('results-ice')
  })

  it('the comparison of both runs', async () => {
    await open(`/results/compare?runs=${ids.rse},${ids.ice}`, 'Compare runs')
    await expectReachable('compare')
  })

  it('Settings', async () => {
    await open('/settings', 'Settings')
    await expectReachable('settings')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(pageErrors).toEqual([])
  })
})
