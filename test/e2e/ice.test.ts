import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'

/**
 * A newcomer's first ICE run, in browser mode: the Offline demo's reference alone is saved, the
 * Runs page opens the ICE wizard, which adds the demo's ICE models in one click and fills the
 * target's identity fact; a missing fact is flagged; a small budget (100 questions with the
 * built-in questions and seed templates) is estimated and started; the run's page follows the
 * fuzzing loop to the end; the results show loose/strict/hard with intervals beside a paper row,
 * the template lineage, and an answer whose template appears only after the content warning.
 * A priced run, a slower run paused and resumed, and replicates are in ice-live.test.ts.
 */
const RUN = 'Demo ICE run'
const QUERIES = 100
const WIZARD = 'New ICE run'
/** The second simulator's key (this file does not use it: ice-live.test.ts does). */
const SLOW_KEY_ENV = 'ICE_E2E_SLOW_SIMULATOR_KEY'

const app = useE2eSession('ice', SLOW_KEY_ENV, { latencyMs: 150 })
const { api, screenshotViewport, screenshotPage, expectNoOverflow } = app

function wizard() {
  return app.page.getByRole('dialog', { name: WIZARD })
}

async function next(heading: string): Promise<void> {
  await wizard().getByRole('button', { name: 'Next' }).click()
  await wizard().getByRole('heading', { name: heading }).waitFor()
}

describe('an ICE run, as a newcomer makes it', () => {
  it('has only the simulated reference and finds the ICE wizard on the Runs page', async () => {
    // Set up by hand rather than with "Try the Offline demo", which adds the ICE models too
    // (test/e2e/newcomer.test.ts): this newcomer meets the wizard's own offer.
    const provider = await api<{ id: string }>('providers.create', { name: 'Offline demo (simulated)', preset: 'simulator', kind: 'openai', baseURL: '' })
    await api('models.create', { providerId: provider.id, model: 'sim-reference', name: 'Offline demo reference (simulated)' })
    await app.page.getByRole('rowheader', { name: /Offline demo reference/ }).waitFor()
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await app.page.getByRole('heading', { level: 2, name: 'No runs yet' }).waitFor()
    // One model is too few for RSE, but ICE is offered: its wizard can add what it needs.
    expect(await app.page.getByRole('button', { name: 'New RSE run' }).count()).toBe(0)
    await app.page.getByRole('button', { name: WIZARD }).click()
    await wizard().getByRole('heading', { name: 'Target and its identity' }).waitFor()
  })

  it('says what is missing before going on', async () => {
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard().getByRole('alert').filter({ hasText: 'Some choices need attention' }).waitFor()
    await wizard().getByText('Choose the target: the model whose identity you test.').waitFor()
  })

  it('adds the demo’s ICE models in one click, with the target’s identity filled in', async () => {
    await wizard().getByRole('button', { name: 'Add the Offline demo’s ICE models' }).click()
    await wizard().getByRole('status').filter({ hasText: 'The Offline demo’s ICE models were added' }).waitFor()
    const target = wizard().getByLabel('Target model')
    await expect
      .poll(async () => (await target.locator('option:checked').textContent()) ?? '')
      .toMatch(/^Demo target, often off-script \(simulated\) \(sim-target-leaky\)/)
    const fact = wizard().getByLabel('Identity fact of the target')
    await expect.poll(() => fact.inputValue()).toMatch(/Distillscope Labs/)
    await wizard().getByText('The fact named in this model’s settings (Distillscope Labs).').waitFor()
    // The alert about the missing target went with the problem.
    expect(await wizard().getByRole('alert').filter({ hasText: 'Some choices need attention' }).count()).toBe(0)
    // The offer is gone once the models exist.
    expect(await wizard().getByRole('button', { name: 'Add the Offline demo’s ICE models' }).count()).toBe(0)
    await expectNoOverflow()
    await screenshotViewport('ice-wizard-target')
  })

  it('flags a missing identity fact', async () => {
    const fact = wizard().getByLabel('Identity fact of the target')
    const original = await fact.inputValue()
    await fact.fill('')
    await wizard().getByRole('button', { name: 'Next' }).click()
    await wizard()
      .getByText(/Give the target’s true identity in one first-person sentence/)
      .waitFor()
    await wizard().getByRole('heading', { name: 'Target and its identity' }).waitFor()
    await fact.fill(original)
    await next('Helper and judge')
  })

  it('has the helper and judge filled in, and the paper’s suspected source', async () => {
    expect(await wizard().getByLabel('Helper model').locator('option:checked').textContent()).toMatch(/^Demo template rewriter/)
    expect(
      await wizard()
        .getByRole('checkbox', { name: /^Demo judge \(simulated\)/ })
        .isChecked(),
    ).toBe(true)
    // Judging the target with itself is warned about, and undone.
    const targetAsJudge = wizard().getByRole('checkbox', { name: /^Demo target, often off-script/ })
    await targetAsJudge.check()
    await wizard()
      .getByText(/^A judge is the target itself/)
      .waitFor()
    await targetAsJudge.uncheck()
    expect(
      await wizard()
        .getByText(/^A judge is the target itself/)
        .count(),
    ).toBe(0)
    // The paper's suspected source, as the keywords' default follows it.
    for (const word of ['OpenAI', 'Anthropic', 'gpt', 'openai', 'claude', 'anthropic']) await wizard().getByText(word, { exact: true }).first().waitFor()
    await next('Questions and templates')
  })

  it('keeps the built-in questions and templates, with no template text shown', async () => {
    expect(await wizard().getByRole('radio', { name: 'Identity questions, English and Chinese (built in)' }).isChecked()).toBe(true)
    expect(await wizard().getByRole('radio', { name: 'Mild role-play templates (built in)' }).isChecked()).toBe(true)
    await wizard()
      .getByText(/Their text is not shown here/)
      .waitFor()
    await next('Method')
    expect(await wizard().getByRole('radio', { name: 'As published', exact: true }).isChecked()).toBe(true)
    await wizard()
      .getByText(/the settings of the paper’s own code/)
      .waitFor()
    await next('Budget and options')
  })

  it('sets a small budget and sees the estimate', async () => {
    const queries = wizard().getByLabel('Questions to ask the target')
    expect(await queries.inputValue()).toBe('1,000')
    // One fuzzing run unless asked for more (issue 16); the field says what more would cost.
    expect(await wizard().getByLabel('Replicates').inputValue()).toBe('1')
    await wizard()
      .getByText(/each one more adds the calls and cost of a whole run/)
      .waitFor()
    await queries.fill(String(QUERIES))
    await wizard()
      .getByText(/With 50 questions, about 2 rewritten templates are asked every question/)
      .waitFor()
    await wizard().getByLabel('Run name (optional)').fill(RUN)
    await wizard().getByRole('button', { name: 'Estimate the cost' }).click()
    await wizard().getByRole('heading', { name: 'Estimate and start' }).waitFor()
    const summary = wizard().getByRole('status').filter({ hasText: 'This run will send at most' })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('$0')
    await wizard().getByRole('table', { name: 'Requests per role' }).getByRole('rowheader', { name: 'Target answers' }).waitFor()
    await wizard()
      .getByRole('table', { name: 'Your run' })
      .getByText(/100 questions to the target/)
      .waitFor()
    await expectNoOverflow()
    await wizard().getByRole('button', { name: 'Start run' }).scrollIntoViewIfNeeded()
    await screenshotViewport('ice-wizard-estimate')
  })

  it('starts the run and follows the fuzzing loop to the end', async () => {
    await wizard().getByRole('button', { name: 'Start run' }).click()
    await wizard().waitFor({ state: 'hidden' })
    await app.page.getByRole('heading', { level: 1, name: RUN }).waitFor()
    expect(app.page.url()).toMatch(/#\/runs\/[^/]+$/)
    await app.page.getByText('ICE (identity consistency)', { exact: false }).first().waitFor()
    await app.page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 90_000 })
    const asked = app.page.getByRole('progressbar', { name: 'Questions asked (the run’s budget)' })
    await expect.poll(() => asked.getAttribute('aria-valuenow')).toBe(String(QUERIES))
    expect(await asked.getAttribute('aria-valuemax')).toBe(String(QUERIES))
    for (const label of ['Iteration', 'Contradictions so far', 'Templates made', 'Pool size']) await app.page.getByText(label, { exact: true }).waitFor()
    await app.page.getByRole('progressbar', { name: 'Target answers' }).waitFor()
    await app.page.getByRole('progressbar', { name: 'Template rewrites' }).waitFor()
    await app.page.getByRole('progressbar', { name: 'Judge requests' }).waitFor()
    await app.page.getByRole('heading', { level: 2, name: 'What this run tests' }).waitFor()
    await expectNoOverflow()
    await screenshotPage('ice-run-progress')
  })

  it('reads loose, strict and hard with intervals, beside a row of the paper', async () => {
    await app.page.getByRole('link', { name: 'Open results' }).click()
    await app.page.getByRole('heading', { level: 1, name: `Results: ${RUN}` }).waitFor()
    const table = app.page.getByRole('table', { name: `Contradictions of the identity fact, over ${QUERIES} answers` })
    await table.waitFor()
    const rate = async (measure: string) => Number(await table.locator(`tr[data-measure="${measure}"]`).getAttribute('data-rate'))
    const loose = await rate('loose')
    const strict = await rate('strict')
    const hard = await rate('hard')
    // The leaky demo target claims another vendor's identity in most role-play answers.
    expect(loose).toBeGreaterThan(0.1)
    expect(strict).toBeLessThanOrEqual(loose)
    expect(hard).toBeLessThanOrEqual(strict)
    const looseRow = table.locator('tr[data-measure="loose"]')
    expect(await looseRow.textContent()).toMatch(/\d+ of 100\d\.\d{3}\d\.\d{3}–\d\.\d{3}/)
    await app.page.getByText('Simulated models', { exact: true }).waitFor()

    await app.page.getByLabel('Compare with the paper’s values for').selectOption('GLM-4-Plus')
    await table.getByRole('columnheader', { name: 'Paper: GLM-4-Plus' }).waitFor()
    expect(await looseRow.locator('td').last().textContent()).toBe('0.42')
    await app.page.getByText(/Do not compare them with the paper/).waitFor()
    await expectNoOverflow()
    await screenshotPage('ice-results')
  })

  it('breaks the scores down by category and language', async () => {
    await app.page.getByRole('button', { name: 'By question category and language' }).click()
    const categories = app.page.getByRole('table', { name: 'By what the question asks about' })
    await categories.getByRole('rowheader', { name: 'Team' }).waitFor()
    const languages = app.page.getByRole('table', { name: 'By the question’s language' })
    await languages.getByRole('rowheader', { name: 'English' }).waitFor()
    await languages.getByRole('rowheader', { name: 'Chinese' }).waitFor()
  })

  it('shows the template lineage, with the text hidden at first', async () => {
    await app.page.getByRole('button', { name: 'Template lineage' }).click()
    const tree = app.page.getByRole('list', { name: 'Template lineage' })
    await tree.waitFor()
    const show = tree.getByRole('button', { name: /^Show the text of Template \d+$/ }).first()
    await show.click()
    await tree.getByText('Hidden: the template').first().waitFor()
    // A template's answers open below, filtered to it.
    const answersOf = tree.getByRole('button', { name: /^Answers to Template \d+$/ }).first()
    const id = /(\d+)$/.exec((await answersOf.getAttribute('aria-label')) ?? '')![1]!
    await answersOf.click()
    expect(await app.page.getByLabel('Template', { exact: true }).inputValue()).toBe(id)
    await app.page
      .getByRole('status')
      .filter({ hasText: /^50 answers$/ })
      .waitFor()
    await app.page.getByLabel('Template', { exact: true }).selectOption('')
    await app.page
      .getByRole('status')
      .filter({ hasText: `${QUERIES} answers` })
      .waitFor()
  })

  it('opens one answer, and sees its template after accepting the content warning once', async () => {
    const answers = app.page.getByRole('table', { name: 'Answers', exact: true })
    await answers.waitFor()
    await app.page.getByLabel('Show', { exact: true }).selectOption('loose')
    await app.page
      .getByRole('status')
      .filter({ hasText: /^\d+ answers?$/ })
      .waitFor()
    await answers
      .getByRole('button', { name: /^View the answer to / })
      .first()
      .click()
    const dialog = app.page.getByRole('dialog', { name: /^Answer to question .+ with template \d+$/ })
    await dialog.waitFor()
    await dialog.getByRole('heading', { name: 'Target’s answer' }).waitFor()
    await dialog.getByText('Hidden: the template with the question').waitFor()
    const question = (await dialog.getByRole('heading', { name: 'Question', exact: true }).locator('xpath=following-sibling::p[1]').textContent()) ?? ''
    expect(question.length).toBeGreaterThan(5)
    // Only the question line has it: the prompt (template and question) is hidden.
    expect(await dialog.getByText(question).count()).toBe(1)
    await dialog.getByRole('button', { name: 'The loose judge’s reply' }).click()
    // The run is "As published", so its judge answers in the paper's tag (docs/ice-judges.md).
    await dialog
      .getByText(/<judge>1<\/judge>/)
      .first()
      .waitFor()

    await dialog.getByRole('button', { name: 'Show template text…' }).click()
    const warning = app.page.getByRole('dialog', { name: 'Content warning: jailbreak templates' })
    await warning.waitFor()
    // The safe choice has the focus.
    await expect.poll(() => app.page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Keep them hidden')
    await warning.getByRole('button', { name: 'Show templates' }).click()
    await warning.waitFor({ state: 'hidden' })
    expect(await dialog.getByText('Hidden: the template with the question').count()).toBe(0)
    await expect.poll(() => dialog.getByText(question).count()).toBe(2)
    await screenshotViewport('ice-answer')
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })

    // Accepted once for this view: the lineage's template text shows without asking again.
    const tree = app.page.getByRole('list', { name: 'Template lineage' })
    expect(await tree.getByText('Hidden: the template').count()).toBe(0)
    expect(await app.page.getByRole('dialog', { name: 'Content warning: jailbreak templates' }).count()).toBe(0)
  })

  it('lists the run under Results', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Results' }).click()
    const row = app.page.getByRole('row', { name: new RegExp(RUN) })
    await row.getByText('ICE (identity consistency)').waitFor()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([])
  })
})
