import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'

/**
 * Issue 11 item 4 and item 3, as a user meets them: after the estimate the wizard offers to check
 * the judge; a judge whose replies cannot be read fails every case, and Start stays disabled until
 * the user confirms. The run it then makes ends "completed with warnings", and its results page
 * shows the banner naming the judge and its unreadable replies. Then a panel (issue 13) in the ICE
 * wizard: every judge is checked, one block each, and the contrary judge's failure blocks Start.
 */
const KEY_ENV = 'JUDGE_CHECK_E2E_SECOND_SIMULATOR_KEY'
const app = useE2eSession('judge-check', KEY_ENV, {})
const { api, screenshotViewport } = app

const REFERENCE = 'Offline demo reference (simulated)'
const STUDENT = 'Close student'
const EVASIVE = 'Evasive judge'
const CONTRARY = 'Contrary judge'

const wizard = () => app.page.getByRole('dialog', { name: 'New RSE run' })

describe('the judge check, before a run spends anything', () => {
  it('sets up the demo with a judge that never gives a readable verdict', async () => {
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    const providers = await api<{ id: string; preset: string }[]>('providers.list')
    const simulator = providers.find((provider) => provider.preset === 'simulator')!
    await api('models.create', { providerId: simulator.id, model: 'sim-student-close', name: STUDENT })
    await api('models.create', { providerId: simulator.id, model: 'sim-judge-evasive', name: EVASIVE })
    await api('models.create', { providerId: simulator.id, model: 'sim-judge-contrary', name: CONTRARY })
    await app.page.getByRole('rowheader', { name: new RegExp(EVASIVE) }).waitFor()
  })

  it('reaches the estimate, where the check is offered with its cost', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: 'New RSE run' }).click()
    await wizard()
      .getByLabel('Reference model')
      .selectOption({ label: `${REFERENCE} (sim-reference)` })
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard()
      .getByRole('checkbox', { name: new RegExp(STUDENT) })
      .check()
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard()
      .getByRole('checkbox', { name: /^Demo judge \(simulated\)/ })
      .uncheck()
    await wizard()
      .getByRole('checkbox', { name: new RegExp(`^${EVASIVE}`) })
      .check()
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard()
      .getByRole('checkbox', { name: /General reasoning/ })
      .check()
    await wizard()
      .getByLabel(/Sample size for General reasoning/)
      .fill('3')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard().getByLabel('Run name (optional)').fill('Run judged by an evasive judge')
    await wizard().getByRole('button', { name: 'Estimate the cost' }).click()
    await wizard().getByRole('heading', { name: 'Estimate and start' }).waitFor()
    const panel = wizard().getByTestId('judge-check')
    await panel.getByText(/sends the judge 4 short cases with known answers, at no cost/).waitFor()
    // Not checking is allowed: Start is enabled before any check.
    expect(await wizard().getByRole('button', { name: 'Start run' }).isEnabled()).toBe(true)
  })

  it('checks the judge: every case unreadable, with the raw reply, and Start blocked until confirmed', async () => {
    const panel = wizard().getByTestId('judge-check')
    await panel.getByRole('button', { name: 'Check the judge' }).click()
    await panel.getByTestId('judge-check-summary').filter({ hasText: '0 of 4 cases passed' }).waitFor()
    expect(await panel.locator('[data-outcome="unreadable"]').count()).toBe(4)
    await panel.getByRole('button', { name: 'The judge’s reply' }).first().click()
    await panel
      .getByText(/It is hard to say/)
      .first()
      .waitFor()
    const start = wizard().getByRole('button', { name: 'Start run' })
    expect(await start.isDisabled()).toBe(true)
    await screenshotViewport('judge-check-failed')
    await panel.getByRole('checkbox', { name: /I have read the judge’s replies above/ }).check()
    expect(await start.isEnabled()).toBe(true)
  })

  it('starts anyway; the run ends with warnings and its results page shows the banner', async () => {
    await wizard().getByRole('button', { name: 'Start run' }).click()
    await wizard().waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: 'Run judged by an evasive judge' }).waitFor()
    const runId = /#\/runs\/([^/?]+)/.exec(app.page.url())![1]!
    await expect.poll(async () => (await api<{ status: string }>('runs.get', { id: runId })).status, { timeout: 60_000 }).toBe('completed_with_warnings')
    await app.page.goto(`${app.session.web.origin}/#/results/${runId}`)
    const banner = app.page.getByTestId('run-warnings')
    await banner.waitFor()
    expect(await banner.textContent()).toMatch(/Evasive judge|sim-judge-evasive/)
    await screenshotViewport('results-warnings-banner')
  })

  it('ICE, a panel of two: each judge checked in its own block; the contrary judge fails and blocks Start', async () => {
    const ice = () => app.page.getByRole('dialog', { name: 'New ICE run' })
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: 'New ICE run' }).click()
    await ice().getByRole('heading', { name: 'Target and its identity' }).waitFor()
    await ice().getByRole('button', { name: 'Next' }).click()
    await ice().getByRole('heading', { name: 'Helper and judge' }).waitFor()
    expect(
      await ice()
        .getByRole('checkbox', { name: /^Demo judge \(simulated\)/ })
        .isChecked(),
    ).toBe(true)
    await ice()
      .getByRole('checkbox', { name: new RegExp(`^${CONTRARY}`) })
      .check()
    for (const heading of ['Questions and templates', 'Method', 'Budget and options']) {
      await ice().getByRole('button', { name: 'Next' }).click()
      await ice().getByRole('heading', { name: heading }).waitFor()
    }
    await ice().getByLabel('Questions to ask the target').fill('20')
    await ice().getByRole('button', { name: 'Estimate the cost' }).click()
    await ice().getByRole('heading', { name: 'Estimate and start' }).waitFor()
    const panel = ice().getByTestId('judge-check')
    await panel.getByText(/sends each of the 2 judges \d+ short cases \(\d+ calls\) with known answers, at no cost/).waitFor()
    await panel.getByRole('button', { name: 'Check the judges' }).click()
    await panel.getByTestId('judge-check-panel-summary').filter({ hasText: '1 of 2 judges passed every case' }).waitFor()
    const blocks = panel.getByTestId('judge-check-judge')
    expect(await blocks.count()).toBe(2)
    expect(await blocks.nth(0).getAttribute('data-passed')).toBe('true')
    expect(await blocks.nth(1).getAttribute('data-passed')).toBe('false')
    expect(await blocks.nth(1).getByTestId('judge-check-summary').textContent()).toMatch(/sim-judge-contrary.*: 0 of \d+ cases passed/)
    expect(await blocks.nth(0).locator('[data-outcome="fail"]').count()).toBe(0)
    expect(await blocks.nth(1).locator('[data-outcome="pass"]').count()).toBe(0)
    // The failing judge's raw reply, in its own block.
    await blocks.nth(1).getByRole('button', { name: 'The judge’s reply' }).first().click()
    await blocks
      .nth(1)
      .getByText(/<(verdict|judge|rate)>[01]<\/\1>/)
      .first()
      .waitFor()
    const start = ice().getByRole('button', { name: 'Start run' })
    expect(await start.isDisabled()).toBe(true)
    await screenshotViewport('judge-check-panel-failed')
    await panel.getByRole('checkbox', { name: /with this panel anyway/ }).check()
    expect(await start.isEnabled()).toBe(true)
  })
})
