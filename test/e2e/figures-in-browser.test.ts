import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import react from '@vitejs/plugin-react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIGURE_NAMES } from '../../src/shared/figures'
import { collectPageErrors, launchChromium, screenshot } from '../support/browser'

/**
 * The window's side of "one definition, two renderers": the app's FigureCanvas draws every figure
 * in Chromium. The page is served by Vite from test/renderer/figure-page (type-checked with the renderer's settings) on 127.0.0.1.
 */
let server: ViteDevServer
let browser: Browser

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: resolve('test/renderer/figure-page'),
    plugins: [react()],
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [resolve('.')] } },
  })
  await server.listen()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('figures in the browser', () => {
  it('FigureCanvas draws every figure at its layout size, with no page error', async () => {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const errors = collectPageErrors(page)
    await page.goto(server.resolvedUrls!.local[0]!)
    await page.waitForSelector('[data-figure-canvas]')
    const drawn = await page.$$eval('[data-figure]', (holders) =>
      holders.map((holder) => {
        const canvas = holder.querySelector('canvas')!
        const context = canvas.getContext('2d')!
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data
        let ink = 0
        for (let index = 0; index < pixels.length; index += 4)
          if (pixels[index + 3]! > 0 && (pixels[index]! < 240 || pixels[index + 1]! < 240 || pixels[index + 2]! < 240)) ink++
        return {
          name: holder.getAttribute('data-figure'),
          css: [canvas.clientWidth, canvas.clientHeight],
          pixels: [canvas.width, canvas.height],
          ink: ink / (canvas.width * canvas.height),
          label: canvas.getAttribute('aria-label'),
        }
      }),
    )
    await screenshot(page, 'figures-in-browser')
    expect(errors).toEqual([])
    expect(drawn.map((figure) => figure.name)).toEqual([...FIGURE_NAMES])
    for (const figure of drawn) {
      // 6.5 in x 0.5 at one CSS pixel per point, drawn at twice that for sharpness.
      expect(figure.css).toEqual([468, 234])
      expect(figure.pixels).toEqual([936, 468])
      expect(figure.ink, figure.name).toBeGreaterThan(0.02)
      expect(figure.label).toBe(figure.name)
    }
  })
})
