import { expect } from 'vitest'
import type { E2eSession } from './app-session'

/*
 * The models and the first run the RSE e2e files share: the Offline demo's reference, and two
 * students and a judge added on its simulated provider (rse-first-run.test.ts makes its run with
 * them in the wizard; rse-run-control.test.ts needs that run done before it starts).
 */
export const REFERENCE = 'Offline demo reference (simulated)'
export const CLOSE = 'Close student'
export const FAR = 'Far student'
export const JUDGE = 'Test judge'
export const GENERAL = 'General reasoning (Distillscope demo set)'
export const SAMPLE = 6
export const FIRST_RUN = 'Demo: close and far students'

/** From the Models page: sets up the Offline demo, then adds the close and far students and a judge on its simulated provider. */
export async function setUpDemoModels(app: E2eSession): Promise<void> {
  await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
  await app.page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
  const providers = await app.api<{ id: string; preset: string }[]>('providers.list')
  const simulator = providers.find((provider) => provider.preset === 'simulator')
  expect(simulator).toBeDefined()
  for (const [model, name] of [
    ['sim-student-close', CLOSE],
    ['sim-student-far', FAR],
    ['sim-judge', JUDGE],
  ] as const) {
    await app.api('models.create', { providerId: simulator!.id, model, name })
  }
}

/**
 * Where rse-first-run.test.ts leaves the app, for the files that go on from there: the models
 * above, FIRST_RUN completed on SAMPLE prompts of the general set (started through the API, not
 * the wizard), and the Runs page open.
 */
export async function completeFirstRun(app: E2eSession): Promise<void> {
  await setUpDemoModels(app)
  const models = await app.api<{ id: string; model: string; name: string }[]>('models.list')
  const idOf = (name: string) => {
    const model = models.find((saved) => saved.name === name)
    if (!model) throw new Error(`No saved model named “${name}”: the Offline demo or setUpDemoModels changed.`)
    return model.id
  }
  await app.api('runs.start', {
    spec: {
      kind: 'rse',
      name: FIRST_RUN,
      models: { ref: { modelId: idOf(REFERENCE) }, close: { modelId: idOf(CLOSE) }, far: { modelId: idOf(FAR) }, judge: { modelId: idOf(JUDGE) } },
      reference: 'ref',
      students: ['close', 'far'],
      judge: 'judge',
      promptSets: [{ name: 'General reasoning', setId: 'builtin-general-v1', sample: SAMPLE }],
    },
  })
  // Waited for on the Runs page: expect.poll is for tests only, and this runs in a beforeAll.
  await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
  await app.page
    .getByRole('row', { name: new RegExp(FIRST_RUN) })
    .getByText('Completed', { exact: true })
    .waitFor({ timeout: 60_000 })
}
