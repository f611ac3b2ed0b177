import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'

/**
 * Issue 16 from the RSE wizard to the results page, in browser mode on the Offline demo: a run with
 * a ceiling and a floor, two answers per student and a position check, and the results page's
 * sections for each, with the normalised Avg beside the raw one. The saved spec carries the three fields.
 */
const KEY_ENV = 'RSE_CHECKS_E2E_SECOND_SIMULATOR_KEY'
const app = useE2eSession('rse-checks', KEY_ENV, {})
const { api, screenshotViewport, expectNoOverflow } = app

const WIZARD = 'New RSE run'
const dialog = (name: string) => app.page.getByRole('dialog', { name })
const section = (title: string) => app.page.getByRole('region', { name: title })

async function next(heading: string): Promise<void> {
  await dialog(WIZARD).getByRole('button', { name: 'Next' }).click()
  await dialog(WIZARD).getByRole('heading', { name: heading }).waitFor()
}

describe('calibration, samples and the position check in the app', () => {
  it('sets up the Offline demo', async () => {
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
  })

  it('takes the three checks in the wizard and puts them in the spec', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: WIZARD }).click()
    await dialog(WIZARD).getByRole('heading', { name: 'Reference model' }).waitFor()
    await next('Students')
    await next('Judge')
    await next('Prompt sets')
    await dialog(WIZARD)
      .getByLabel(/^Sample size for General reasoning/)
      .fill('4')
    await next('Options')
    await dialog(WIZARD).getByLabel('Run name (optional)').fill('Anchored run')
    await dialog(WIZARD).getByRole('switch', { name: 'Measure a ceiling and a floor' }).check()
    await dialog(WIZARD).getByLabel('Answers per student and prompt').fill('2')
    await dialog(WIZARD).getByLabel('Position check (items)').fill('4')
    await expectNoOverflow()
    await screenshotViewport('rse-wizard-checks')
    await dialog(WIZARD).getByRole('button', { name: 'Estimate the cost' }).click()
    await dialog(WIZARD).getByRole('heading', { name: 'Estimate and start' }).waitFor()
    await expect.poll(async () => (await dialog(WIZARD).textContent()) ?? '').toMatch(/Calibration adds a second reference answer per prompt/)
    await dialog(WIZARD).getByRole('button', { name: 'Start run' }).click()
    await dialog(WIZARD).waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: 'Anchored run' }).waitFor()
    const runId = /#\/runs\/([^/?]+)/.exec(app.page.url())![1]!
    const { spec } = await api<{ spec: { calibration?: boolean; studentSamples?: number; positionCheck?: number } }>('runs.get', { id: runId })
    expect(spec).toMatchObject({ calibration: true, studentSamples: 2, positionCheck: 4 })
  })

  it('shows the ceiling and floor, the normalised Avg, the answers per student and the position check', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 60_000 })
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Results: Anchored run' }).waitFor()
    expect(await app.page.getByRole('columnheader', { name: /Normalised Avg/ }).count()).toBeGreaterThan(0)
    const anchors = section('Ceiling and floor')
    await anchors.waitFor()
    // The demo's reference answers at temperature 0: the results say what that makes of the ceiling.
    expect(await anchors.textContent()).toContain('The ceiling measures the judge, not the reference')
    expect(await anchors.getByRole('rowheader', { name: 'Avg' }).count()).toBeGreaterThan(0)
    expect(await section('Answers per student').textContent()).toMatch(/2 answers per student and prompt/)
    const position = section('Position check')
    await expect.poll(async () => (await position.getByRole('row').allTextContents()).length).toBeGreaterThan(1)
    await expectNoOverflow()
    await screenshotViewport('rse-results-checks')
  })

  it("opens an item and sees its further sample and the prompt's checks, item after item by keyboard", async () => {
    const table = app.page.getByRole('table', { name: /Similarity to the reference’s answers/ })
    await table
      .getByRole('button', { name: /^Items of .+ on General reasoning:/ })
      .first()
      .click()
    const items = app.page.getByRole('table', { name: /^Items: .+ on General reasoning$/ })
    await items.waitFor()
    await items
      .getByRole('button', { name: /^View item / })
      .first()
      .click()
    const drawer = app.page.getByRole('dialog', { name: /^Item .+ on General reasoning$/ })
    await drawer.waitFor()
    const samples = drawer.getByRole('region', { name: 'Further samples' })
    await samples.getByRole('heading', { name: 'Answer 2' }).waitFor()
    expect(await samples.textContent()).toContain('The student answered this prompt 2 times.')
    expect(await samples.getByRole('table').first().locator('tbody td').first().textContent()).toMatch(/^([1-5] of 5|No score.*)$/)
    const checks = drawer.getByRole('region', { name: 'Checks' })
    await checks.getByRole('heading', { name: 'Ceiling' }).waitFor()
    await checks.getByRole('heading', { name: 'Floor' }).waitFor()
    expect(await checks.textContent()).toContain('The reference’s second answer to this prompt judged against its first.')
    expect(await checks.textContent()).toMatch(/The student’s answer to another prompt \(item .+\) judged against the reference’s answer to this one\./)
    await expectNoOverflow()
    // The screenshot shows the sections once the drawer has finished fading in.
    await checks.scrollIntoViewIfNeeded()
    await app.page.evaluate('Promise.all(document.getAnimations().map((animation) => animation.finished)).then(() => true)')
    await screenshotViewport('rse-item-checks')

    // The next item by keyboard: its own sections replace the first's.
    const first = await checks.textContent()
    await drawer.getByRole('button', { name: 'Next item' }).focus()
    await app.page.keyboard.press('Enter')
    await drawer.getByText(/^Item 2 of /).waitFor()
    await drawer.getByRole('region', { name: 'Further samples' }).getByRole('heading', { name: 'Answer 2' }).waitFor()
    await expect.poll(async () => await drawer.getByRole('region', { name: 'Checks' }).textContent()).not.toBe(first)
    await app.page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
  })
})
