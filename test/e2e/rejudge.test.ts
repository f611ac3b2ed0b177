import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPageErrors, launchChromium, recoverAfterFailure } from '../support/browser'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'

/**
 * Re-judging a finished run (issue 13 item 3), in browser mode: on a finished Offline demo RSE run's
 * results, "Re-judge…" offers the saved models as judges and says how many judge calls a pick
 * sends; Start opens the new run, which completes; its results say "Re-judged from" the first run,
 * with a link back, and so does the runs list.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-rejudge-'))
const FIRST = 'Demo run to re-judge'
const SAMPLE = 4
let web: RunningWeb
let browser: Browser
let page: Page
let pageErrors: string[]
recoverAfterFailure(() => page)

async function api<T>(route: string, input?: unknown): Promise<T> {
  const response = await page.request.post(`${web.origin}/api/request`, { data: { route, ...(input === undefined ? {} : { input }) } })
  const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${route} failed: ${envelope.error?.message}`)
  return envelope.data as T
}

beforeAll(async () => {
  requireBuild()
  web = await startWeb(dataDir)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const main = () => page.getByRole('main')

describe('re-judging a run in the app', () => {
  let firstId = ''

  it('has a finished Offline demo RSE run', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Models' }).click()
    await page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await page.getByRole('status').filter({ hasText: 'The Offline demo is ready' }).waitFor()
    const models = await api<{ id: string; model: string }[]>('models.list')
    const id = (model: string) => ({ modelId: models.find((saved) => saved.model === model)!.id })
    const { runId } = await api<{ runId: string }>('runs.start', {
      spec: {
        kind: 'rse',
        name: FIRST,
        models: { ref: id('sim-reference'), close: id('sim-student-close'), judge: id('sim-judge') },
        reference: 'ref',
        students: ['close'],
        judge: 'judge',
        promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: SAMPLE }],
      },
    })
    firstId = runId
    await expect.poll(async () => (await api<{ status: string }>('runs.get', { id: runId })).status, { timeout: 60_000 }).toBe('completed')
  })

  it('picks a judge in the Re-judge dialog, sees the calls it sends, and follows the new run to its results', async () => {
    await page.goto(`${web.url.split('#')[0]}#/results/${firstId}`)
    await main()
      .getByRole('heading', { level: 1, name: `Results: ${FIRST}` })
      .waitFor()
    await main().getByRole('button', { name: 'Re-judge…' }).click()
    const dialog = page.getByRole('dialog', { name: `Re-judge “${FIRST}”` })
    await dialog.waitFor()
    const start = dialog.getByRole('button', { name: 'Start re-judge' })
    expect(await start.isDisabled()).toBe(true)
    await dialog.getByRole('checkbox', { name: /Demo judge B, JSON verdicts/ }).check()
    await dialog
      .getByRole('status')
      .filter({ hasText: `${SAMPLE} stored answers × 1 judge: ${SAMPLE} judge calls` })
      .waitFor()
    await dialog.getByRole('checkbox', { name: /Demo judge C/ }).check()
    await dialog
      .getByRole('status')
      .filter({ hasText: `× 2 judges: ${SAMPLE * 2} judge calls` })
      .waitFor()
    await dialog.getByRole('checkbox', { name: /Demo judge C/ }).uncheck()
    await start.click()

    await page.getByRole('heading', { level: 1, name: `Re-judge of ${FIRST}` }).waitFor()
    expect(page.url()).toMatch(/#\/runs\/[^/]+$/)
    await main().getByText('Re-judged from').waitFor()
    await page.getByRole('link', { name: 'Open results' }).waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'Open results' }).click()
    await main()
      .getByRole('heading', { level: 1, name: `Results: Re-judge of ${FIRST}` })
      .waitFor()
    await main().getByText('Re-judged from').waitFor()
    await main().getByRole('link', { name: FIRST, exact: true }).click()
    await main()
      .getByRole('heading', { level: 1, name: `Results: ${FIRST}` })
      .waitFor()
    expect(page.url()).toContain(`#/results/${firstId}`)
  })

  it('the runs list says which run was re-judged from which', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Runs' }).click()
    await page.getByRole('heading', { level: 1, name: 'Runs' }).waitFor()
    const row = main()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`Re-judge of ${FIRST}`) }) })
    await row.getByText('Re-judged from').waitFor()
    await row.getByRole('link', { name: FIRST, exact: true }).waitFor()
    expect(pageErrors).toEqual([])
  })
})
