import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

describe('src/renderer/index.html', () => {
  it('carries exactly the shared Content-Security-Policy in one meta tag', () => {
    const metas = [...html.matchAll(/<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/gi)]
    expect(metas).toHaveLength(1)
    const content = metas[0]?.[1] ?? metas[0]?.[2] ?? ''
    expect(decodeAttribute(content)).toBe(CONTENT_SECURITY_POLICY)
    // Nothing else may mention the policy (a second, differently written tag would also apply).
    expect(html.match(/Content-Security-Policy/gi)).toHaveLength(1)
  })

  it('has no inline script or style, which the policy would block', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts).toHaveLength(1)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/)
      expect(body?.trim()).toBe('')
    }
    expect(html).not.toMatch(/<style\b/i)
    expect(html).not.toMatch(/\sstyle=/i)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('has the title, root element and module entry the app expects', () => {
    expect(html).toMatch(/<title>Distillscope<\/title>/)
    expect(html).toMatch(/<div id="root"><\/div>/)
    expect(html).toMatch(/<script type="module" src="\.\/src\/main\.tsx"><\/script>/)
  })
})
