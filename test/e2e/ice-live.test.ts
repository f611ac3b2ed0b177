import { describe, expect, it } from 'vitest'
import { addSlowModels, useE2eSession } from '../support/app-session'

/**
 * ICE runs beyond a newcomer's first (ice.test.ts), in browser mode on the Offline demo: a priced
 * target shows that the start button waits for the cost to be accepted; a slower run on a second
 * simulator (a Custom provider) is followed live, paused and resumed from its page; and a run of two
 * fuzzing replicates shows each replicate, their mean with the combined interval and their spread.
 */
const WIZARD = 'New ICE run'
/** The slow provider's key comes from the environment of the browser-mode server. */
const SLOW_KEY_ENV = 'ICE_LIVE_E2E_SLOW_SIMULATOR_KEY'
const SLOW_RUN = 'Slow ICE run'

// Slow enough to be watched, paused and resumed.
const app = useE2eSession('ice-live', SLOW_KEY_ENV, { latencyMs: 150 })
const { api, screenshotPage, expectNoOverflow } = app

function wizard() {
  return app.page.getByRole('dialog', { name: WIZARD })
}

/** An ICE run of the slow simulator's models, started through the API, with its budget and options. */
function slowIceSpec(name: string, ids: Readonly<Record<string, string>>, options: Readonly<Record<string, unknown>>) {
  return {
    kind: 'ice',
    name,
    models: { target: { modelId: ids.target }, helper: { modelId: ids.helper }, judge: { modelId: ids.judge } },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    ...options,
  }
}

async function next(heading: string): Promise<void> {
  await wizard().getByRole('button', { name: 'Next' }).click()
  await wizard().getByRole('heading', { name: heading }).waitFor()
}

describe('ICE runs that cost, take time and repeat', () => {
  it('starts from the Offline demo, which adds its ICE models', async () => {
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    const models = await api<{ model: string }[]>('models.list')
    expect(models.map((model) => model.model)).toEqual(expect.arrayContaining(['sim-target-leaky', 'sim-helper', 'sim-judge']))
  })

  it('waits for the cost to be accepted before starting a priced run', async () => {
    const models = await api<{ id: string; providerId: string; model: string }[]>('models.list')
    const simulator = models.find((model) => model.model === 'sim-target-leaky')!.providerId
    // A simulated target priced on purpose, so that the estimate has a cost to accept.
    await api('models.create', {
      providerId: simulator,
      model: 'sim-target-0.3',
      name: 'Priced target',
      prices: { inputPerMTok: 1000, outputPerMTok: 1000 },
      identityFactId: 'simulator',
    })
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: WIZARD }).click()
    await wizard().getByLabel('Target model').selectOption({ label: 'Priced target (sim-target-0.3) — simulated' })
    await expect.poll(() => wizard().getByLabel('Identity fact of the target').inputValue()).toMatch(/Distillscope Labs/)
    await next('Helper and judge')
    await wizard().getByLabel('Helper model').selectOption({ label: 'Demo template rewriter (simulated) (sim-helper)' })
    await wizard()
      .getByRole('checkbox', { name: /^Demo judge \(simulated\)/ })
      .check()
    await next('Questions and templates')
    await next('Method')
    await next('Budget and options')
    await wizard().getByLabel('Questions to ask the target').fill('50')
    await wizard().getByRole('button', { name: 'Estimate the cost' }).click()
    const accept = wizard().getByRole('checkbox', { name: /^I accept that this run costs about \$/ })
    await accept.waitFor()
    const start = wizard().getByRole('button', { name: 'Start run' })
    expect(await start.isDisabled()).toBe(true)
    await accept.check()
    expect(await start.isDisabled()).toBe(false)
    await accept.uncheck()
    expect(await start.isDisabled()).toBe(true)
    await wizard().getByRole('button', { name: 'Cancel', exact: true }).click()
    await wizard().waitFor({ state: 'hidden' })
    // Nothing was started.
    expect(await app.page.getByRole('row', { name: /Priced/ }).count()).toBe(0)
  })

  let slowIds: Awaited<ReturnType<typeof addSlowModels>> | undefined

  it('follows a slower run live, pauses it and resumes it', async () => {
    const ids = (slowIds = await addSlowModels(app.session, SLOW_KEY_ENV, { target: 'sim-target-leaky', helper: 'sim-helper', judge: 'sim-judge' }))
    const { runId } = await api<{ runId: string }>('runs.start', { spec: slowIceSpec(SLOW_RUN, ids, { budget: { maxQueries: 100 }, concurrency: 2 }) })
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    const row = app.page.getByRole('row', { name: new RegExp(SLOW_RUN) })
    await row.getByRole('link', { name: `Open ${SLOW_RUN}` }).click()
    await app.page.getByRole('heading', { level: 1, name: SLOW_RUN }).waitFor()
    expect(app.page.url()).toContain(`#/runs/${runId}`)

    const asked = app.page.getByRole('progressbar', { name: 'Questions asked (the run’s budget)' })
    const done = async () => Number(await asked.getAttribute('aria-valuenow'))
    await expect.poll(done, { timeout: 20_000 }).toBeGreaterThan(0)
    expect(await done()).toBeLessThan(100)
    await app.page.getByRole('button', { name: 'Pause', exact: true }).click()
    await app.page.getByRole('status').filter({ hasText: 'Status: Paused' }).waitFor()
    const atPause = await done()
    expect(atPause).toBeLessThan(100)
    await screenshotPage('ice-run-paused')

    await app.page.getByRole('button', { name: 'Resume', exact: true }).click()
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 90_000 })
    await expect.poll(done).toBe(100)
  })

  it('shows each fuzzing replicate of a run of two, their mean with the combined interval and their spread (issue 16)', async () => {
    const ids = slowIds!
    const name = 'Replicated ICE run'
    await api<{ runId: string }>('runs.start', { spec: slowIceSpec(name, ids, { budget: { maxQueries: 20 }, replicates: 2, concurrency: 8 }) })
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('link', { name: `Open ${name}` })
      .click()
    await app.page.getByRole('link', { name: 'Open results' }).click({ timeout: 90_000 })
    const table = app.page.getByRole('table', { name: 'Fuzzing replicates' })
    await table.waitFor()
    for (const replicate of ['0', '1', 'mean', 'spread']) await table.locator(`tr[data-replicate="${replicate}"]`).waitFor()
    expect(await table.locator('tbody tr').count()).toBe(4)
    await table.getByRole('rowheader', { name: 'Mean (combined interval)' }).waitFor()
    await app.page
      .getByText(/replicates combined/)
      .first()
      .waitFor()
    await expectNoOverflow()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([])
  })
})
