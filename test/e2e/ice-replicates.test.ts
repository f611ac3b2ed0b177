import { describe, expect, it } from 'vitest'
import { useE2eSession } from '../support/app-session'

/**
 * Issue 16's replicates on the ICE results page, in browser mode: a run of two fuzzing replicates
 * on the Offline demo's simulator; the answers' Replicate filter narrows the rows to one replicate
 * (each row saying which), an answer's dialog names its replicate and seed, and the template
 * lineage switches to another replicate's tree, whose answers and template texts are its own.
 */
const KEY_ENV = 'ICE_REPLICATES_E2E_SECOND_SIMULATOR_KEY'
const app = useE2eSession('ice-replicates', KEY_ENV, {})
const { api, screenshotViewport, expectNoOverflow } = app
const NAME = 'Two-replicate ICE run'

interface Tree {
  readonly seed: number
  readonly templates: readonly { readonly id: number; readonly level: number; readonly scores?: unknown; readonly helperError?: string }[]
}

let runId = ''
const rowsTotal = async (filter: Record<string, unknown> = {}) => (await api<{ total: number }>('results.iceRows', { runId, ...filter })).total
const answersStatus = (total: number) =>
  app.page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${total} answers?$`) })
    .waitFor()

describe('an ICE run of two replicates on its results page (issue 16)', () => {
  it('runs two replicates on the simulator and opens their results', async () => {
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    const providers = await api<{ id: string; preset: string }[]>('providers.list')
    const simulator = providers.find((provider) => provider.preset === 'simulator')!
    const ids: Record<string, string> = {}
    for (const [alias, model] of Object.entries({ target: 'sim-target-leaky', helper: 'sim-helper', judge: 'sim-judge' })) {
      ids[alias] = (await api<{ id: string }>('models.create', { providerId: simulator.id, model, name: `Replicates ${alias}` })).id
    }
    runId = (
      await api<{ runId: string }>('runs.start', {
        spec: {
          kind: 'ice',
          name: NAME,
          models: { target: { modelId: ids.target }, helper: { modelId: ids.helper }, judge: { modelId: ids.judge } },
          target: 'target',
          helper: 'helper',
          judge: 'judge',
          targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
          questions: { builtin: 'identity-en' },
          seeds: { builtin: 'distillscope-roleplay-v1' },
          budget: { maxQueries: 30 },
          replicates: 2,
          concurrency: 8,
        },
      })
    ).runId
    await expect.poll(async () => (await api<{ status: string }>('runs.get', { id: runId })).status, { timeout: 90_000 }).toBe('completed')
    await app.page.goto(`${app.page.url().split('#')[0]!}#/results/${runId}`)
    await app.page.getByRole('table', { name: 'Fuzzing replicates' }).waitFor()
  })

  it('says beside each replicate’s scores where its own fuzzing stopped', async () => {
    const table = app.page.getByRole('table', { name: 'Fuzzing replicates' })
    for (const replicate of ['0', '1']) {
      await expect.poll(() => table.locator(`tr[data-replicate="${replicate}"]`).innerText()).toMatch(/After \d+ iterations?: its query budget was spent/)
    }
  })

  it('narrows the answers to one replicate, each row naming it, and back to every replicate', async () => {
    const all = await rowsTotal()
    const second = await rowsTotal({ replicate: 1 })
    expect(second).toBeGreaterThan(0)
    expect(second).toBeLessThan(all)
    await answersStatus(all)
    const answers = app.page.getByRole('table', { name: 'Answers', exact: true })
    await answers.getByRole('columnheader', { name: 'Replicate' }).waitFor()
    const seed = (await api<Tree>('results.iceTree', { runId, replicate: 1 })).seed
    const filter = app.page.getByLabel('Replicate', { exact: true })
    await filter.selectOption({ label: `Replicate 2 (seed ${seed})` })
    await answersStatus(second)
    await expect.poll(() => answers.locator('tbody tr:not([data-replicate="1"])').count()).toBe(0)
    const shown = await answers.locator('tbody tr').count()
    expect(shown).toBeGreaterThan(0)
    expect(await answers.locator('tbody tr[data-replicate="1"]').count()).toBe(shown)

    await answers
      .getByRole('button', { name: /^View the answer to replicate 2, template \d+/ })
      .first()
      .click()
    const dialog = app.page.getByRole('dialog', { name: /^Answer to question .+ with template \d+ of replicate 2$/ })
    await dialog.getByText(`Asked by replicate 2 of 2, the fuzzing loop seeded ${seed}.`).waitFor()
    await screenshotViewport('ice-replicate-answer')
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })

    await filter.selectOption({ label: 'Every replicate' })
    await answersStatus(all)
  })

  it('switches the lineage to the second replicate’s tree, with its own answers and template texts', async () => {
    await app.page.getByRole('button', { name: 'Template lineage' }).click()
    const tree = app.page.getByRole('list', { name: 'Template lineage' })
    await expect.poll(() => tree.getAttribute('data-replicate')).toBe('0')
    const second = await api<Tree>('results.iceTree', { runId, replicate: 1 })
    await app.page.getByLabel('Tree of').selectOption({ label: `Replicate 2 (seed ${second.seed})` })
    await expect.poll(() => tree.getAttribute('data-replicate')).toBe('1')

    // A mutant of the second replicate whose text differs from the first's template of that number, if any.
    const mutants = second.templates.filter((node) => node.level > 0 && node.helperError === undefined && node.scores !== undefined)
    expect(mutants.length).toBeGreaterThan(0)
    const texts = await Promise.all(
      mutants.map(async (node) => {
        const own = await api<{ text: string }>('results.iceTemplate', { runId, nodeId: node.id, replicate: 1 })
        const first = await api<{ text: string }>('results.iceTemplate', { runId, nodeId: node.id }).catch(() => ({ text: '' }))
        return { id: node.id, own: own.text, first: first.text }
      }),
    )
    const mutant = texts.find((entry) => entry.own !== entry.first) ?? texts[0]!
    await tree.getByRole('button', { name: `Show the text of Template ${mutant.id}` }).click()
    await tree.getByRole('button', { name: 'Show template text…' }).first().click()
    const warning = app.page.getByRole('dialog', { name: 'Content warning: jailbreak templates' })
    await warning.getByRole('button', { name: 'Show templates' }).click()
    await warning.waitFor({ state: 'hidden' })
    const excerpt = mutant.own.trim().split('\n')[0]!.slice(0, 60)
    await expect.poll(async () => (await tree.textContent()) ?? '').toContain(excerpt)

    // Its answers are that replicate's template's, the filters saying so.
    await tree.getByRole('button', { name: `Answers to Template ${mutant.id}` }).click()
    expect(await app.page.getByLabel('Replicate', { exact: true }).inputValue()).toBe('1')
    expect(await app.page.getByLabel('Template', { exact: true }).inputValue()).toBe(String(mutant.id))
    await answersStatus(await rowsTotal({ replicate: 1, mutantId: mutant.id }))
    await expectNoOverflow()
  })

  it('refuses a replicate the run does not have, saying which it has', async () => {
    await expect(api('results.iceTree', { runId, replicate: 2 })).rejects.toThrow('This run has no replicate 2: its 2 replicates are numbered 0 to 1.')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(app.pageErrors).toEqual([])
  })
})
