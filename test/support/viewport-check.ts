import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

/** The window's minimum (src/main/app/window-options.ts) and a common laptop size. */
export const VIEWPORTS = [
  { width: 900, height: 600 },
  { width: 1280, height: 800 },
] as const

export type Viewport = (typeof VIEWPORTS)[number]

export const VIEWPORT_SCREENSHOT_DIR = resolve('test-results/viewports')

/**
 * Runs in the page (a string: this file is type-checked for Node, without the DOM's globals).
 * Inside the open dialog if there is one (the page behind it is inert), every visible control is
 * scrolled into view and must then lie inside the viewport with nothing on top of it. A control
 * reachable only by scrolling a container the user cannot scroll (overflow hidden) counts as
 * unreachable. The document itself must not scroll sideways: wide content scrolls in its own box.
 * Returns one line per problem.
 */
const CHECK_SCRIPT = `(() => {
  const problems = []
  const view = { w: window.innerWidth, h: window.innerHeight }
  const root = document.documentElement
  if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px')
  const dialogs = [...document.querySelectorAll('[role="dialog"]')].filter((d) => d.getBoundingClientRect().width > 0)
  const scope = dialogs.length > 0 ? dialogs[dialogs.length - 1] : document.body
  // A dialog scrolls down, never sideways: what is wider than it is cut off or needs a sideways hunt.
  for (const box of [scope, ...scope.querySelectorAll('.mantine-Modal-body, .mantine-Drawer-body')]) {
    if (scope !== document.body && box.scrollWidth > box.clientWidth + 1) problems.push('the dialog scrolls sideways: ' + box.scrollWidth + ' px of content in ' + box.clientWidth + ' px')
  }
  // A wizard's steps on two rows read as two lists, and push its fields below the fold.
  const stepRows = new Set([...scope.querySelectorAll('.mantine-Stepper-step')].map((step) => Math.round(step.getBoundingClientRect().top)))
  if (stepRows.size > 1) problems.push("the wizard's steps wrap onto " + stepRows.size + ' rows')
  const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"], [role="combobox"]'
  const describe = (el) => {
    const name = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || el.getAttribute('placeholder') || el.getAttribute('name') || ''
    return el.tagName.toLowerCase() + ' "' + name.trim().replace(/\\s+/g, ' ').slice(0, 60) + '"'
  }
  const scrollsOnAxis = (style, axis) => ['auto', 'scroll'].includes(axis === 'x' ? style.overflowX : style.overflowY)
  const controls = [...scope.querySelectorAll(selector)].filter((el) => {
    const box = el.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('[aria-hidden="true"]')
  })
  for (const el of controls) {
    el.scrollIntoView({ block: 'center', inline: 'center' })
    let hiddenScroll = false
    for (let box = el.parentElement; box && box !== document.body && box !== root; box = box.parentElement) {
      const style = getComputedStyle(box)
      if ((box.scrollLeft !== 0 && !scrollsOnAxis(style, 'x')) || (box.scrollTop !== 0 && !scrollsOnAxis(style, 'y'))) {
        hiddenScroll = true
        box.scrollLeft = 0
        box.scrollTop = 0
      }
    }
    if (hiddenScroll) {
      problems.push(describe(el) + ' is only reachable by scrolling a box that cannot be scrolled (overflow hidden)')
      continue
    }
    // A link wrapping over two lines has a gap between its lines at the centre of its whole box.
    const box = el.getClientRects()[0] || el.getBoundingClientRect()
    const x = box.left + box.width / 2
    const y = box.top + box.height / 2
    if (x < 0 || y < 0 || x > view.w || y > view.h) {
      problems.push(describe(el) + ' lies outside the window after scrolling (centre at ' + Math.round(x) + ', ' + Math.round(y) + ')')
      continue
    }
    if (getComputedStyle(el).pointerEvents === 'none') continue
    const hit = document.elementFromPoint(x, y)
    const label = hit && hit.closest('label')
    const reached = hit && (hit === el || el.contains(hit) || (label && (label.control === el || label.contains(el))))
    if (!reached) problems.push(describe(el) + ' is covered by ' + (hit ? hit.tagName.toLowerCase() + '.' + String(hit.className).slice(0, 60) : 'nothing (clipped)') + ' at ' + Math.round(x) + ', ' + Math.round(y))
  }
  // Back to the top and the left of every box, for the picture that follows.
  for (const box of document.querySelectorAll('*')) {
    if (box.scrollLeft !== 0) box.scrollLeft = 0
    if (box.scrollTop !== 0) box.scrollTop = 0
  }
  window.scrollTo(0, 0)
  return problems
})()`

/**
 * Lets the layout settle after a resize: the frame after every CSS transition has ended (the
 * sections' bar and the page's margins slide to their new width when the window crosses a
 * breakpoint, and a control measured mid-slide seems to sit under the bar).
 */
const SETTLE_SCRIPT = `new Promise((done) => {
  const frame = () => requestAnimationFrame(() => {
    const sliding = document.getAnimations().some((animation) => animation instanceof CSSTransition && animation.playState === 'running')
    if (sliding) frame()
    else requestAnimationFrame(done)
  })
  // The resize's styles, and the transitions they start, are computed after the first frame's callbacks.
  requestAnimationFrame(frame)
})`

async function settle(page: Page): Promise<void> {
  await page.evaluate(SETTLE_SCRIPT)
}

/**
 * Resizes the window, checks that every control is reachable and saves a picture (of the whole page,
 * or of the window while a dialog is open) as
 * test-results/viewports/<name>-<w>x<h>.png. Returns the problems, each prefixed with where.
 */
export async function checkAtViewport(page: Page, name: string, size: Viewport): Promise<string[]> {
  await page.setViewportSize(size)
  await settle(page)
  const problems = await page.evaluate<string[]>(CHECK_SCRIPT)
  await settle(page)
  mkdirSync(VIEWPORT_SCREENSHOT_DIR, { recursive: true })
  // A dialog is pictured as the window shows it: a full-page picture stretches the page behind it.
  const fullPage = (await page.getByRole('dialog').count()) === 0
  await page.screenshot({ path: join(VIEWPORT_SCREENSHOT_DIR, `${name}-${size.width}x${size.height}.png`), fullPage })
  return problems.map((problem) => `${name} at ${size.width}x${size.height}: ${problem}`)
}

/** Checks the page as it is now at every size; the problems of all sizes together. */
export async function checkAtEveryViewport(page: Page, name: string): Promise<string[]> {
  const problems: string[] = []
  for (const size of VIEWPORTS) problems.push(...(await checkAtViewport(page, name, size)))
  return problems
}
