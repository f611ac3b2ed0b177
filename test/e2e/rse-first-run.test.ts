import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'
import { CLOSE, FAR, GENERAL, JUDGE, REFERENCE, SAMPLE, setUpDemoModels } from '../support/rse-demo'

/**
 * A newcomer's first RSE run, in browser mode: the Offline demo gives a simulated reference, two
 * simulated students and a judge are added on the same provider, then the wizard on the Runs page
 * estimates and starts a run on a sample of the built-in general set; the run's page follows it
 * to the end, and the results show the close student nearer the reference than the far one, with
 * the items behind a score side by side. (Pausing, resuming and deleting runs: rse-run-control.test.ts.)
 */
const app = useE2eSession('rse-first-run', 'RSE_FIRST_RUN_E2E_SECOND_SIMULATOR_KEY', {})
const { screenshotViewport, screenshotPage, expectNoOverflow } = app

describe('an RSE run, as a newcomer makes it', () => {
  it('sets up the Offline demo and three more simulated models', async () => {
    await setUpDemoModels(app)
    // The page follows models created elsewhere.
    await app.page.getByRole('rowheader', { name: new RegExp(JUDGE) }).waitFor()
  })

  it('is sent from an empty Runs page to the wizard', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Runs' }).waitFor()
    await app.page.getByRole('heading', { level: 2, name: 'No runs yet' }).waitFor()
    await app.page.getByRole('button', { name: 'New RSE run' }).click()
    await app.page.getByRole('dialog', { name: 'New RSE run' }).waitFor()
  })

  it('chooses the models, checking each step', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'New RSE run' })
    await dialog.getByRole('heading', { name: 'Reference model' }).waitFor()
    // Only simulated models saved: the wizard starts with the Offline demo's models chosen (issue 18 item 1).
    expect(await dialog.getByLabel('Reference model').locator('option:checked').textContent()).toMatch(/^Offline demo reference \(simulated\)/)
    await dialog.getByLabel('Reference model').selectOption({ label: `${REFERENCE} (sim-reference)` })
    await dialog.getByRole('button', { name: 'Next' }).click()

    await dialog.getByRole('heading', { name: 'Students' }).waitFor()
    // The reference is not offered as a student.
    expect(await dialog.getByRole('checkbox', { name: new RegExp(REFERENCE.replace(/[()]/g, '\\$&')) }).count()).toBe(0)
    // This run compares students of its own: the demo's two, chosen by default, are unticked.
    await dialog.getByRole('checkbox', { name: /Demo student, close copy/ }).uncheck()
    await dialog.getByRole('checkbox', { name: /Demo student, loose copy/ }).uncheck()
    await dialog.getByRole('checkbox', { name: new RegExp(CLOSE) }).check()
    await dialog.getByRole('checkbox', { name: new RegExp(FAR) }).check()
    await dialog.getByRole('button', { name: 'Next' }).click()

    await dialog.getByRole('heading', { name: 'Judge' }).waitFor()
    // The demo's judge, chosen by default, gives way to this run's own.
    await dialog.getByRole('checkbox', { name: /^Demo judge \(simulated\)/ }).uncheck()
    await dialog.getByRole('checkbox', { name: new RegExp(`^${JUDGE}`) }).check()
    // Simulated models have no vendor family: no affinity warning.
    expect(await dialog.getByText(/are both .* models/).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Next' }).click()
  })

  it('picks a sample of the built-in general set and sees the estimate', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'New RSE run' })
    await dialog.getByRole('heading', { name: 'Prompt sets' }).waitFor()
    await dialog.getByRole('checkbox', { name: /General reasoning/ }).check()
    await dialog.getByLabel(`Sample size for ${GENERAL}`).fill(String(SAMPLE))
    await dialog.getByRole('button', { name: 'Next' }).click()

    await dialog.getByRole('heading', { name: 'Options' }).waitFor()
    await dialog.getByLabel('Run name (optional)').fill('Demo: close and far students')
    // The judge prompt is visible (METHOD.md section 3), and writing one's own starts from a copy.
    await dialog.getByRole('button', { name: 'Show the default judge prompt' }).click()
    await dialog.getByText(/Rate how closely the candidate resembles the reference/).waitFor()
    await dialog.getByRole('checkbox', { name: 'Use my own judge prompt' }).check()
    expect(await dialog.getByLabel('Judge prompt', { exact: true }).inputValue()).toMatch(/\{question\}[\s\S]*\{reference\}[\s\S]*\{candidate\}/)
    await dialog.getByRole('checkbox', { name: 'Use my own judge prompt' }).uncheck()
    await dialog.getByRole('button', { name: 'Estimate the cost' }).click()

    await dialog.getByRole('heading', { name: 'Estimate and start' }).waitFor()
    const summary = dialog.getByRole('status').filter({ hasText: 'This run will send at most' })
    await summary.waitFor()
    // Per prompt: one reference answer, one answer per student, one judgement per student and at most one re-ask of it.
    expect(await summary.textContent()).toContain(`at most ${SAMPLE * 7} requests`)
    expect(await summary.textContent()).toContain('$0')
    const calls = dialog.getByRole('table', { name: 'Requests per role' })
    await calls.getByRole('row', { name: `Reference answers ${SAMPLE}` }).waitFor()
    await calls.getByRole('row', { name: `Judge requests ${SAMPLE * 4}` }).waitFor()
    await dialog.getByText('Some models are simulated').waitFor()
    await expectNoOverflow()
    await dialog.getByRole('button', { name: 'Start run' }).scrollIntoViewIfNeeded()
    await screenshotViewport('rse-wizard-estimate')
  })

  it('starts the run and follows it to the end', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'New RSE run' })
    await dialog.getByRole('button', { name: 'Start run' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: 'Demo: close and far students' }).waitFor()
    expect(app.page.url()).toMatch(/#\/runs\/[^/]+$/)
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 60_000 })
    // Requests made (no judge reply needed a re-ask) against the estimate's bound, which counts one re-ask per judgement.
    const made = SAMPLE * 5
    const all = app.page.getByRole('progressbar', { name: 'All requests' })
    await expect.poll(() => all.getAttribute('aria-valuenow')).toBe(String(made))
    expect(await all.getAttribute('aria-valuetext')).toBe(`${made} of at most ${SAMPLE * 7} requests`)
    await app.page.getByText(new RegExp(`^${made} requests: \\d+ sent, \\d+ from the cache, 0 failed`)).waitFor()
    for (const [label, n] of [
      ['Reference answers', SAMPLE],
      ['Student answers', SAMPLE * 2],
      ['Judge requests', SAMPLE * 2],
    ] as const) {
      expect(await app.page.getByRole('progressbar', { name: label }).getAttribute('aria-valuenow')).toBe(String(n))
    }
    await app.page.getByText('No problems so far.').waitFor()
    await expectNoOverflow()
    await screenshotPage('rse-run-progress')
  })

  it('opens the results: the close student is nearer the reference than the far one', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Results: Demo: close and far students' }).waitFor()
    const table = app.page.getByRole('table', { name: /Similarity to the reference’s answers/ })
    await table.waitFor()
    await table.getByRole('row', { name: /5\.000 by definition/ }).waitFor()
    const avg = async (name: string) =>
      Number(
        await table
          .getByRole('row', { name: new RegExp(name) })
          .locator('[data-column="Avg"]')
          .getAttribute('data-mean'),
      )
    const close = await avg(CLOSE)
    const far = await avg(FAR)
    expect(close).toBeGreaterThan(far)
    expect(close).toBeGreaterThanOrEqual(1)
    expect(close).toBeLessThanOrEqual(5)
    // Each cell: mean, 95% interval, n.
    const closeCell = table.getByRole('button', { name: `Items of ${CLOSE} on General reasoning:`, exact: false })
    expect(await closeCell.textContent()).toMatch(/\d\.\d{3} \(\d\.\d{2}–\d\.\d{2}\)n = 6/)
    await app.page.getByText(new RegExp(`${SAMPLE * 5} requests: \\d+ sent, \\d+ from the cache, 0 failed`)).waitFor()
    await app.page.getByText('Simulated models', { exact: true }).waitFor()
    // A finished run's results say when they were computed (and no "updating…": nothing newer is coming).
    await app.page.getByText(/^Results as of \d\d:\d\d:\d\d$/).waitFor()

    // Sorting by Avg, best first, puts the close student on top.
    const avgHeader = table.getByRole('columnheader', { name: 'Avg', exact: true })
    expect(await avgHeader.getAttribute('aria-sort')).toBe('ascending')
    await avgHeader.getByRole('button', { name: 'Avg', exact: true }).click()
    await expect.poll(() => avgHeader.getAttribute('aria-sort')).toBe('descending')
    expect(await table.locator('tbody tr').nth(1).getAttribute('data-student')).toBe('Close_student')

    await app.page.getByRole('button', { name: 'Aspect scores (style, structure, content)' }).click()
    await app.page.getByRole('table', { name: /Mean aspect scores/ }).waitFor()
    await app.page.getByRole('button', { name: 'Compare with the paper' }).click()
    const paper = app.page.getByRole('table', { name: /The paper’s RSE scores/ })
    await paper.getByRole('row', { name: /GPT4o-0513 4\.086 4\.312 4\.323 4\.240/ }).waitFor()
    await app.page.getByText(/Do not compare them with the paper/).waitFor()
    await expectNoOverflow()
    await screenshotPage('rse-results')
    await app.page.getByRole('button', { name: 'Switch to dark theme' }).click()
    await app.page.getByRole('button', { name: 'Switch to light theme' }).waitFor()
    await expectNoOverflow()
    await screenshotPage('rse-results-dark')
    await app.page.getByRole('button', { name: 'Switch to light theme' }).click()
    await app.page.getByRole('button', { name: 'Switch to dark theme' }).waitFor()
  })

  it('drills into one score and sees an item side by side', async () => {
    const table = app.page.getByRole('table', { name: /Similarity to the reference’s answers/ })
    await table.getByRole('button', { name: `Items of ${CLOSE} on General reasoning:`, exact: false }).click()
    const items = app.page.getByRole('table', { name: `Items: ${CLOSE} on General reasoning` })
    await items.waitFor()
    await app.page
      .getByRole('status')
      .filter({ hasText: `${SAMPLE} items` })
      .waitFor()
    expect(await items.locator('tbody tr').count()).toBe(SAMPLE)

    // Only failed: none here.
    await app.page.getByLabel('Only failed items').check()
    await app.page.getByText('No failed items here').waitFor()
    await app.page.getByLabel('Only failed items').uncheck()
    await items
      .locator('tbody tr')
      .nth(SAMPLE - 1)
      .waitFor()

    await items
      .getByRole('button', { name: /^View item / })
      .first()
      .click()
    const dialog = app.page.getByRole('dialog', { name: new RegExp(`^Item .+: ${CLOSE} on General reasoning$`) })
    await dialog.waitFor()
    await dialog.getByRole('heading', { name: 'Prompt' }).waitFor()
    await dialog.getByRole('heading', { name: 'Reference’s answer' }).waitFor()
    await dialog.getByRole('heading', { name: 'Student’s answer' }).waitFor()
    const scores = dialog.getByRole('table', { name: 'The judge’s scores for this item' })
    expect(await scores.locator('tbody td').first().textContent()).toMatch(/^[1-5]$/)
    await dialog.getByRole('button', { name: 'The judge’s raw reply' }).click()
    await dialog.getByText('"overall"').first().waitFor()
    await screenshotViewport('rse-item-side-by-side')
    await dialog.getByRole('button', { name: 'Next item' }).click()
    await dialog.getByText('Item 2 of 6').waitFor()
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
  })

  it('lists the run under Results and on the Runs page', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Results' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    await app.page.getByRole('link', { name: 'Demo: close and far students' }).waitFor()
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    const row = app.page.getByRole('row', { name: /Demo: close and far students/ })
    await row.getByText('Completed').waitFor()
    // A completed run can be deleted, not paused or cancelled.
    expect(await row.getByRole('button', { name: /^Pause / }).count()).toBe(0)
    await row.getByRole('button', { name: 'Delete Demo: close and far students' }).waitFor()
    await screenshotPage('rse-runs-list')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([])
  })
})
