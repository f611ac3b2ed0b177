import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TestResult } from '../../../../src/renderer/src/features/models/TestConnectionDialog'
import type { ConnectionTestResult } from '../../../../src/shared/contract/index'

const render = (result: ConnectionTestResult) =>
  renderToStaticMarkup(
    <MantineProvider>
      <TestResult result={result} />
    </MantineProvider>,
  )

const works = { ok: true, reply: 'Hello [redacted key]', latencyMs: 120, inputTokens: 10, outputTokens: 3, costUsd: 0 } as const

describe('the connection test result (issue 12 item 4)', () => {
  it('says when the provider echoed the key and that it was redacted everywhere', () => {
    const html = render({ ...works, keyRedacted: true })
    expect(html).toContain('data-testid="key-redacted"')
    expect(html).toContain('The provider sent your API key back')
    expect(html).toContain('[redacted key]')
  })

  it('says nothing of the kind for an ordinary reply', () => {
    const html = render({ ...works, reply: 'Hello' })
    expect(html).toContain('Connection works')
    expect(html).not.toContain('key-redacted')
  })
})
