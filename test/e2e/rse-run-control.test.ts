import { beforeAll, describe, expect, it } from 'vitest'
import { addSlowModels, useE2eSession } from '../support/app-session'
import { completeFirstRun } from '../support/rse-demo'

/**
 * Controlling RSE runs in browser mode, once a first run on the Offline demo is done (as
 * rse-first-run.test.ts makes it): a slower run on a second, deliberately faulty simulator (a Custom
 * provider) is paused and resumed from its page while it goes, its failed judgements are found in
 * the drill-down and it is deleted; a run its budget paused is resumed after raising the budget.
 */

/** The slow provider's key comes from the environment of the browser-mode server. */
const SLOW_KEY_ENV = 'RSE_E2E_SLOW_SIMULATOR_KEY'
const SLOW_RUN = 'Slow run with judge faults'

// Slow enough to be watched, paused and resumed; half the judge's replies are unreadable.
const app = useE2eSession('rse-run-control', SLOW_KEY_ENV, { latencyMs: 250, faults: { rates: { 'unparseable-judge': 0.5 } } })
const { api, screenshotPage } = app
// The first run's models are the budget test's; the run itself must outlive the slow run's deletion.
beforeAll(() => completeFirstRun(app))

describe('RSE runs, paused, resumed and deleted', () => {
  it('follows a slower run live, pauses it and resumes it', async () => {
    const ids = await addSlowModels(app.session, SLOW_KEY_ENV, { ref: 'sim-reference', student: 'sim-student-close', judge: 'sim-judge' })
    const { runId } = await api<{ runId: string }>('runs.start', {
      spec: {
        kind: 'rse',
        name: SLOW_RUN,
        models: { ref: { modelId: ids.ref }, student: { modelId: ids.student }, judge: { modelId: ids.judge } },
        reference: 'ref',
        students: ['student'],
        judge: 'judge',
        promptSets: [{ name: 'General reasoning', setId: 'builtin-general-v1' }],
        concurrency: 2,
      },
    })

    // The list shows the run going, with its progress; its name opens its page.
    const row = app.page.getByRole('row', { name: new RegExp(SLOW_RUN) })
    await row.getByText('Running').waitFor()
    await row.getByRole('progressbar', { name: `Progress of ${SLOW_RUN}` }).waitFor()
    await row.getByRole('link', { name: `Open ${SLOW_RUN}` }).click()
    await app.page.getByRole('heading', { level: 1, name: SLOW_RUN }).waitFor()
    expect(app.page.url()).toContain(`#/runs/${runId}`)

    const all = app.page.getByRole('progressbar', { name: 'All requests' })
    const done = async () => Number(await all.getAttribute('aria-valuenow'))
    await expect.poll(done, { timeout: 20_000 }).toBeGreaterThan(0)
    // At most: 30 reference answers, 30 student answers, 30 judgements and a re-ask of each.
    const total = Number(await all.getAttribute('aria-valuemax'))
    expect(total).toBe(120)
    expect(await done()).toBeLessThan(total)
    await app.page.getByText(/Time left/).waitFor()

    await app.page.getByRole('button', { name: 'Pause', exact: true }).click()
    await app.page.getByRole('status').filter({ hasText: 'Status: Paused' }).waitFor()
    await app.page.getByRole('button', { name: 'Resume', exact: true }).waitFor()
    const atPause = await done()
    expect(atPause).toBeLessThan(total)
    await screenshotPage('rse-run-paused')

    await app.page.getByRole('button', { name: 'Resume', exact: true }).click()
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 60_000 })
    // Every prompt needs three requests at least; re-asks of unreadable replies and calls cut by the pause come on top.
    await expect.poll(done).toBeGreaterThanOrEqual(90)
    expect(await done()).toBeLessThanOrEqual(Number(await all.getAttribute('aria-valuemax')))
    const problems = app.page.getByRole('table', { name: 'Problems so far, by cause' })
    await problems.getByRole('rowheader', { name: 'Unreadable judge reply' }).waitFor()
    await screenshotPage('rse-run-with-problems')
  })

  it('finds the failed judgements in the drill-down, with the reason', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: `Results: ${SLOW_RUN}` }).waitFor()
    const table = app.page.getByRole('table', { name: /Similarity to the reference’s answers/ })
    const cell = table.getByRole('button', { name: 'Items of Slow student on General reasoning:', exact: false })
    expect(await cell.textContent()).toMatch(/n = \d+, \d+ failed/)
    await cell.click()
    await app.page.getByLabel('Only failed items').check()
    const items = app.page.getByRole('table', { name: 'Items: Slow student on General reasoning' })
    await items.getByText('Failed').first().waitFor()
    await items
      .getByRole('button', { name: /^View item / })
      .first()
      .click()
    const dialog = app.page.getByRole('dialog', { name: /Slow student on General reasoning$/ })
    await dialog.getByText('No score for this item').waitFor()
    await dialog
      .getByText(/could not be read/)
      .first()
      .waitFor()
    await dialog.getByText('Re-asked', { exact: true }).waitFor()
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
  })

  it('deletes the slow run after confirming', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: `Delete ${SLOW_RUN}` }).click()
    const dialog = app.page.getByRole('dialog', { name: `Delete ${SLOW_RUN}?` })
    // The safe choice has the focus.
    await expect.poll(() => app.page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Keep the run')
    await dialog.getByRole('button', { name: 'Delete run' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await app.page
      .getByRole('status')
      .filter({ hasText: `Deleted “${SLOW_RUN}”` })
      .waitFor()
    expect(await app.page.getByRole('row', { name: new RegExp(SLOW_RUN) }).count()).toBe(0)
    await app.page.getByRole('row', { name: /Demo: close and far students/ }).waitFor()
  })

  it('resumes a run its budget paused, after raising the budget', async () => {
    const models = await api<{ id: string; providerId: string; model: string }[]>('models.list')
    const reference = models.find((model) => model.model === 'sim-reference')!
    const judge = models.find((model) => model.model === 'sim-judge')!
    // A simulated student priced on purpose ($1,000 per million tokens) so that spending shows; one
    // no earlier run asked, or the response cache would answer it for free.
    const priced = await api<{ id: string }>('models.create', {
      providerId: reference.providerId,
      model: 'sim-student-0.7',
      name: 'Priced student',
      prices: { inputPerMTok: 1000, outputPerMTok: 1000 },
    })
    const name = 'Budget demo'
    await api('runs.start', {
      spec: {
        kind: 'rse',
        name,
        models: { ref: { modelId: reference.id }, priced: { modelId: priced.id }, judge: { modelId: judge.id } },
        reference: 'ref',
        students: ['priced'],
        judge: 'judge',
        promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 6 }],
        concurrency: 1,
        budgetUsd: 0.05,
      },
    })
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('Paused', { exact: true })
      .waitFor()
    await app.page.getByRole('button', { name: `Resume ${name}` }).click()
    const dialog = app.page.getByRole('dialog', { name: `Raise the budget of ${name}` })
    await dialog.getByLabel('New budget in US$').fill('100')
    await dialog.getByRole('button', { name: 'Resume with this budget' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await app.page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('Completed', { exact: true })
      .waitFor()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([])
  })
})
