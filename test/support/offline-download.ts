import type { Locator, Page } from 'playwright-core'

/**
 * Presses a download dialog's Download while the backend's answer for `route` is played back as it
 * is on a computer without internet (`offline`: the backend's message), so no test depends on the
 * network. Waits for the dialog's error and its Try again button, then stops playing back.
 * Returns the error's text.
 */
export async function downloadWhileOffline(page: Page, dialog: Locator, route: string, offline: string): Promise<string> {
  await page.route('**/api/request', async (request) => {
    const body = request.request().postDataJSON() as { route?: string }
    if (body.route !== route) return request.continue()
    return request.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'unavailable', message: offline } }),
    })
  })
  try {
    await dialog.getByRole('button', { name: 'Download', exact: true }).click()
    const error = dialog.getByRole('alert').filter({ hasText: 'The download did not work, so nothing was added' })
    await error.waitFor()
    await dialog.getByRole('button', { name: 'Try again' }).waitFor()
    return (await error.textContent()) ?? ''
  } finally {
    await page.unroute('**/api/request')
  }
}
