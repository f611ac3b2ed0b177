import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { createSafeOpenExternal, hardenWebContents, isSafeExternalUrl, isTrustedRendererUrl } from '../../../../src/main/app/security'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../../../src/shared/csp'

/** Records what hardenWebContents registers, standing in for Electron's WebContents. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, ...args: unknown[]) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  }
  return { contents: contents as unknown as WebContents, listeners, open: (url: string) => openHandler?.({ url }) }
}

describe('external links', () => {
  it('allows only plain https URLs', () => {
    expect(isSafeExternalUrl('https://arxiv.org/abs/2501.12619')).toBe(true)
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'not a url', '']) {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })

  it('hands safe URLs to the system browser and nothing else', async () => {
    const opened: string[] = []
    const safeOpen = createSafeOpenExternal(async (url) => void opened.push(url))
    expect(await safeOpen('https://example.com/')).toBe(true)
    expect(await safeOpen('file:///etc/passwd')).toBe(false)
    expect(opened).toEqual(['https://example.com/'])
  })
})

describe('web contents guard', () => {
  it('prevents navigation, redirects and webviews, and denies every new window', async () => {
    const opened: string[] = []
    const { contents, listeners, open } = fakeContents()
    hardenWebContents(
      contents,
      createSafeOpenExternal(async (url) => void opened.push(url)),
    )
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, 'https://elsewhere.example')
      expect(prevented, name).toBe(true)
    }
    expect(open('https://example.com/docs')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(opened).toEqual(['https://example.com/docs'])
  })
})

describe('trusted renderer', () => {
  const location = { indexFile: '/opt/Distillscope/out/renderer/index.html' }
  it('trusts only our own index.html, at any hash route', () => {
    expect(isTrustedRendererUrl('file:///opt/Distillscope/out/renderer/index.html#/settings', location)).toBe(true)
    expect(isTrustedRendererUrl('file:///opt/Distillscope/out/renderer/other.html', location)).toBe(false)
    expect(isTrustedRendererUrl('file:///tmp/index.html', location)).toBe(false)
    expect(isTrustedRendererUrl('https://evil.example/', location)).toBe(false)
    expect(isTrustedRendererUrl('', location)).toBe(false)
  })
  it('trusts the dev server only when one is configured', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/models', { ...location, devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5173/', location)).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows scripts only from the app and forbids eval, plugins and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'")
  })
})
