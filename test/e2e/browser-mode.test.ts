import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, startWeb, type RunningWeb } from '../support/built-app'
import { collectPageErrors, launchChromium, recoverAfterFailure, screenshot } from '../support/browser'

// One server for the whole file, so its data folder lives as long as the suite.
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-e2e-'))
let web: RunningWeb
let browser: Browser
let context: BrowserContext
let page: Page
recoverAfterFailure(() => page)
let pageErrors: string[]

beforeAll(async () => {
  requireBuild()
  web = await startWeb(dataDir)
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  page = await context.newPage()
  pageErrors = collectPageErrors(page)
  await page.goto(web.url)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const sections = [
  { link: 'Models', empty: 'No models yet', text: /Offline demo/ },
  // Three built-in sets always exist, so this section opens on the list, not an empty state.
  { link: 'Prompt sets', empty: 'Your prompt sets', text: /Arena-Hard/ },
  // The team's identity facts ship with the app, so this section opens on them.
  { link: 'Identity (ICE)', empty: 'Identity facts', text: /Anthropic/ },
  { link: 'Runs', empty: 'No runs yet', action: 'Go to Models' },
  { link: 'Results', empty: 'No results yet', action: 'Go to Runs' },
] as const

const nav = () => page.getByRole('navigation', { name: 'Sections' })

describe('browser mode, as a newcomer sees it', () => {
  it('opens from the printed address and leaves no token in the address bar', async () => {
    await nav().waitFor()
    expect(page.url()).not.toContain('token=')
    expect(await page.getByRole('banner').textContent()).toContain('Distillscope')
  })

  it('loads the first page with under 700 KB of script, later pages on demand (issue 17 item 6)', async () => {
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ name: new URL(entry.name).pathname, bytes: (entry as unknown as { decodedBodySize: number }).decodedBodySize })),
    )
    expect(scripts.length).toBeGreaterThan(1)
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0)
    expect(total, scripts.map((script) => `${script.name} ${script.bytes}`).join('\n')).toBeLessThan(700 * 1024)
    // The results page (charts, exports) is not part of the first page's script.
    expect(scripts.some((script) => /ResultsPage|ExportSection/.test(script.name))).toBe(false)
  })

  it.each(sections)('shows the $link section with what to do next', async (section) => {
    await nav().getByRole('link', { name: section.link, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: section.link, exact: true }).waitFor()
    await page.getByRole('heading', { level: 2, name: section.empty }).waitFor()
    expect(await nav().getByRole('link', { name: section.link, exact: true }).getAttribute('aria-current')).toBe('page')
    if ('text' in section) expect(await page.getByRole('main').textContent()).toMatch(section.text)
    if ('action' in section) await page.getByRole('link', { name: section.action }).waitFor()
    await screenshot(page, `section-${section.link.toLowerCase().replace(/\s+/g, '-')}`)
  })

  it('follows an empty-state action to the section it names', async () => {
    await nav().getByRole('link', { name: 'Runs', exact: true }).click()
    await page.getByRole('link', { name: 'Go to Models' }).click()
    await page.getByRole('heading', { level: 1, name: 'Models', exact: true }).waitFor()
    expect(page.url()).toMatch(/#\/models$/)
  })

  it('shows real installation details and a passing installation check in Settings', async () => {
    await nav().getByRole('link', { name: 'Settings', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await page.getByText('Database schema version').waitFor()
    await page.getByRole('button', { name: 'Check installation' }).click()
    await page.getByRole('status').getByText('Everything looks good.').waitFor()
    const table = page.getByRole('table')
    for (const label of ['Data folder', 'Database', 'Database schema']) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      expect(await row.textContent()).toMatch(/OK/i)
    }
    expect(await page.getByRole('main').textContent()).toContain(dataDir)
  })

  it('switches to the dark theme and keeps it after a reload (saved in the database)', async () => {
    const html = page.locator('html')
    await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark').click()
    await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' })
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' })
    expect(await html.getAttribute('data-mantine-color-scheme')).toBe('dark')
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor()
    await screenshot(page, 'settings-dark')
  })

  it('pushes a theme change made in one tab to another open tab', async () => {
    const other = await context.newPage()
    await other.goto(new URL('/#/models', web.origin).href)
    await other.getByRole('heading', { level: 1, name: 'Models' }).waitFor()
    await page.getByRole('button', { name: 'Switch to light theme' }).click()
    await other.locator('html[data-mantine-color-scheme="light"]').waitFor({ state: 'attached' })
    await other.close()
    await nav().getByRole('link', { name: 'Models', exact: true }).click()
    await page.getByRole('heading', { level: 2, name: 'No models yet' }).waitFor()
    await screenshot(page, 'models-light')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(pageErrors).toEqual([])
  })
})

describe('browser mode, as an outsider sees it', () => {
  it('refuses the page and the API to a browser without the token', async () => {
    const stranger = await browser.newContext()
    try {
      const response = await stranger.request.get(`${web.origin}/`)
      expect(response.status()).toBe(401)
      const api = await stranger.request.post(`${web.origin}/api/request`, { data: { route: 'app.info' } })
      expect(api.status()).toBe(401)
      expect(await api.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    } finally {
      await stranger.close()
    }
  })

  it('refuses a page on another origin that calls the API with the cookie', async () => {
    const response = await context.request.post(`${web.origin}/api/request`, {
      data: { route: 'settings.update', input: { theme: 'dark' } },
      headers: { origin: 'https://evil.example' },
    })
    expect(response.status()).toBe(403)
  })
})
