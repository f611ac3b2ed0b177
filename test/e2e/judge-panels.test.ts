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
})
