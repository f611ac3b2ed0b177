import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'

/**
 * Issue 13 items 1 and 4 in the wizards, in browser mode: the RSE wizard takes a panel of two of
 * the Offline demo's judges and the ICE wizard all three, each beside the panel advice and the
 * table of vendor families; a judge from a suspected source vendor is warned about. The saved
 * specs name the panels as "judges" (what each engine makes of a panel is tested with it).
 */
const KEY_ENV = 'JUDGE_PANELS_E2E_SECOND_SIMULATOR_KEY'
const app = useE2eSession('judge-panels', KEY_ENV, {})
const { api, screenshotViewport, expectNoOverflow } = app

const JUDGE_A = /^Demo judge \(simulated\)/
const JUDGE_B = /^Demo judge B, JSON verdicts/
const JUDGE_C = /^Demo judge C, verdict on its last line/
/** A model whose id names a vendor family (OpenAI), answered by the simulator's generic persona. */
const MINI = 'Mini judge'

const dialog = (name: string) => app.page.getByRole('dialog', { name })

async function next(wizard: string, heading: string): Promise<void> {
  await dialog(wizard).getByRole('button', { name: 'Next' }).click()
  await dialog(wizard).getByRole('heading', { name: heading }).waitFor()
}

/** The saved spec of the run whose page is open. */
async function savedSpec(): Promise<{ judge?: string; judges?: string[]; models: Record<string, { modelId: string }> }> {
  const runId = /#\/runs\/([^/?]+)/.exec(app.page.url())![1]!
  return (await api<{ spec: { judge?: string; judges?: string[]; models: Record<string, { modelId: string }> } }>('runs.get', { id: runId })).spec
}

async function familyOf(wizard: string, role: string): Promise<string> {
  const row = dialog(wizard)
    .getByRole('table', { name: 'Vendor families' })
    .getByRole('row', { name: new RegExp(`^${role}\\b`) })
  return (await row.getByRole('cell').last().textContent()) ?? ''
}

describe('judge panels in the run wizards', () => {
  it('sets up the Offline demo, with its three judges, and a model of a known family', async () => {
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    const providers = await api<{ id: string; preset: string }[]>('providers.list')
    const simulator = providers.find((provider) => provider.preset === 'simulator')!
    await api('models.create', { providerId: simulator.id, model: 'gpt-4o-mini', name: MINI })
    await app.page.getByRole('rowheader', { name: new RegExp(MINI) }).waitFor()
  })

  it('RSE: two judges, with the advice about ties and the families side by side', async () => {
    const wizard = 'New RSE run'
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: wizard }).click()
    await dialog(wizard).getByRole('heading', { name: 'Reference model' }).waitFor()
    await next(wizard, 'Students')
    await next(wizard, 'Judge')
    // The demo's defaults keep one judge: no advice for a panel of one.
    expect(await dialog(wizard).getByRole('checkbox', { name: JUDGE_A }).isChecked()).toBe(true)
    expect(await dialog(wizard).getByTestId('panel-advice').count()).toBe(0)
    await dialog(wizard).getByRole('checkbox', { name: JUDGE_B }).check()
    await expect.poll(async () => (await dialog(wizard).getByTestId('panel-advice').textContent()) ?? '').toMatch(/2 judges can tie.*split/)
    expect(await dialog(wizard).getByTestId('panel-advice').textContent()).toContain('an odd number of judges from at least two vendor families')
    expect(await familyOf(wizard, 'Reference')).toBe('unknown')
    expect(await familyOf(wizard, 'Judge 2')).toBe('unknown')
    // A judge whose id names a family shows it; ticked and unticked again.
    await dialog(wizard)
      .getByRole('checkbox', { name: new RegExp(`^${MINI}`) })
      .check()
    expect(await familyOf(wizard, 'Judge 3')).toBe('OpenAI')
    await dialog(wizard)
      .getByRole('checkbox', { name: new RegExp(`^${MINI}`) })
      .uncheck()
    await expectNoOverflow()
    await screenshotViewport('rse-wizard-judge-panel')
    await next(wizard, 'Prompt sets')
    await dialog(wizard)
      .getByLabel(/^Sample size for General reasoning/)
      .fill('3')
    await next(wizard, 'Options')
    await dialog(wizard).getByLabel('Run name (optional)').fill('Panel of two')
    await dialog(wizard).getByRole('button', { name: 'Estimate the cost' }).click()
    await dialog(wizard).getByRole('heading', { name: 'Estimate and start' }).waitFor()
    await dialog(wizard).getByRole('table', { name: 'Your run' }).getByRole('rowheader', { name: 'Judges' }).waitFor()
    await dialog(wizard).getByRole('button', { name: 'Start run' }).click()
    await dialog(wizard).waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: 'Panel of two' }).waitFor()
    const spec = await savedSpec()
    expect(spec.judge).toBeUndefined()
    expect(spec.judges).toHaveLength(2)
    expect(spec.judges!.map((alias) => spec.models[alias]?.modelId)).toEqual([expect.any(String), expect.any(String)])
  })

  it('RSE results: the judges, their agreement and each judge’s Avg beside the panel’s', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 60_000 })
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Results: Panel of two' }).waitFor()
    await app.page.getByRole('button', { name: 'Scores by judge' }).click()
    const agreement = app.page.getByRole('status', { name: 'Agreement between the judges' })
    expect(await agreement.textContent()).toMatch(/Krippendorff's alpha \(ordinal\) (-?\d\.\d\d|not defined)/)
    const headers = await app.page.getByRole('columnheader').allTextContents()
    expect(headers).toEqual(expect.arrayContaining(['Panel', expect.stringMatching(JUDGE_A), expect.stringMatching(/^Demo judge B/)]))
    await screenshotViewport('rse-results-judge-panel')
  })

  it('RSE results: rating 5 items yourself gives your agreement with each judge and the panel', async () => {
    await app.page.getByRole('button', { name: 'Rate items yourself' }).click()
    const spot = dialog('Rate items yourself')
    await spot.getByLabel('Items to rate').fill('5')
    await spot.getByRole('button', { name: 'Draw the sample' }).click()
    await spot
      .getByRole('status')
      .filter({ hasText: /^Item 1 of 5 · 0 rated/ })
      .waitFor()
    // No verdict is shown while rating: only the question and the two answers.
    expect(await spot.getByText(/overall|judge's score/i).count()).toBe(0)
    for (let item = 1; item <= 5; item++) {
      await spot
        .getByRole('group', { name: 'Your rating' })
        .getByRole('button', { name: item % 2 ? '4' : '5 · the same' })
        .click()
      await spot
        .getByRole('status')
        .filter({ hasText: new RegExp(`^Item ${item} of 5 · ${item} rated`) })
        .waitFor()
      if (item < 5) await spot.getByRole('button', { name: 'Next item' }).click()
    }
    const table = spot.getByRole('table', { name: 'Your agreement with the judges' })
    await expect.poll(async () => (await table.getByRole('row').allTextContents()).length).toBe(4)
    const rows = await table.getByRole('row').allTextContents()
    expect(rows[3]).toMatch(/^The panel5/)
    for (const row of rows.slice(1)) expect(row).toMatch(/5(\d|—)/)
    await screenshotViewport('rse-spot-check')
    // Kept with the run: closed and opened again, the ratings are still there.
    await spot.getByRole('button', { name: 'Close' }).last().click()
    await app.page.getByRole('button', { name: 'Rate items yourself' }).click()
    await expect.poll(async () => (await dialog('Rate items yourself').getByRole('row').allTextContents()).length).toBe(4)
    await dialog('Rate items yourself').getByRole('button', { name: 'Close' }).last().click()
  })

  it('ICE: the demo’s three judges, and a warning about a judge from a suspected source vendor', async () => {
    const wizard = 'New ICE run'
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('button', { name: wizard }).click()
    await dialog(wizard).getByRole('heading', { name: 'Target and its identity' }).waitFor()
    await next(wizard, 'Helper and judge')
    expect(await dialog(wizard).getByRole('checkbox', { name: JUDGE_A }).isChecked()).toBe(true)
    // A judge of OpenAI's family, OpenAI being a suspected source (the paper's default): warned about.
    await dialog(wizard)
      .getByRole('checkbox', { name: new RegExp(`^${MINI}`) })
      .check()
    await dialog(wizard)
      .getByText(/^The judge “Mini judge” \(gpt-4o-mini\) comes from the OpenAI family, and OpenAI is a suspected source/)
      .waitFor()
    expect(await familyOf(wizard, 'Judge 2')).toBe('OpenAI')
    await dialog(wizard)
      .getByRole('checkbox', { name: new RegExp(`^${MINI}`) })
      .uncheck()
    expect(
      await dialog(wizard)
        .getByText(/is a suspected source/)
        .count(),
    ).toBe(0)
    await dialog(wizard).getByRole('checkbox', { name: JUDGE_B }).check()
    await dialog(wizard).getByRole('checkbox', { name: JUDGE_C }).check()
    // Three judges: an odd number, but of no known family.
    await expect.poll(async () => (await dialog(wizard).getByTestId('panel-advice').textContent()) ?? '').toMatch(/vendor families are unknown/)
    expect(await familyOf(wizard, 'Target')).toBe('unknown')
    expect(await familyOf(wizard, 'Judge 3')).toBe('unknown')
    await expectNoOverflow()
    await screenshotViewport('ice-wizard-judge-panel')
    await next(wizard, 'Questions and templates')
    await next(wizard, 'Method')
    await next(wizard, 'Budget and options')
    await dialog(wizard).getByLabel('Questions to ask the target').fill('20')
    await dialog(wizard).getByLabel('Run name (optional)').fill('Panel of three')
    await dialog(wizard).getByRole('button', { name: 'Estimate the cost' }).click()
    await dialog(wizard).getByRole('heading', { name: 'Estimate and start' }).waitFor()
    await dialog(wizard).getByRole('button', { name: 'Start run' }).click()
    await dialog(wizard).waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: 'Panel of three' }).waitFor()
    const spec = await savedSpec()
    expect(spec.judge).toBeUndefined()
    expect(spec.judges).toHaveLength(3)
    expect(new Set(spec.judges).size).toBe(3)
  })

  it('ICE results: each judge’s rates beside the panel’s, the splits and the judges’ agreement', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 120_000 })
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: 'Results: Panel of three' }).waitFor()
    expect(await app.page.getByRole('status', { name: 'Agreement between the judges' }).textContent()).toMatch(/Fleiss' kappa (-?\d\.\d\d|not defined)/)
    const headers = await app.page.getByRole('columnheader').allTextContents()
    expect(headers.join(' | ')).toMatch(/Judges split/)
    await screenshotViewport('ice-results-judge-panel')
  })
})
