import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ProgressFigures } from '../../../../../src/renderer/src/features/runs/RunProgressSection'
import type { RunProgress } from '../../../../../src/shared/contract/index'

const progress: RunProgress = {
  runId: 'r1',
  roles: { student: { done: 16, failed: 0, total: 88 } },
  done: 16,
  total: 88,
  errors: {},
  inputTokens: 100,
  outputTokens: 50,
  costUsd: 0.01,
  etaSeconds: 3,
}

const render = (shown: RunProgress, running = true) =>
  renderToStaticMarkup(
    <MantineProvider>
      <ProgressFigures progress={shown} running={running} />
    </MantineProvider>,
  )

describe('the run progress: requests waiting on the provider', () => {
  it('says how many requests the provider has not answered and for how long, under the bars', () => {
    const html = render({ ...progress, waiting: { requests: 8, longestSeconds: 95 } })
    expect(html).toContain('data-testid="provider-waiting"')
    expect(html).toContain('Waiting on the provider: 8 requests sent and not answered yet, the longest 95 s ago.')
    expect(html.indexOf('provider-waiting')).toBeGreaterThan(html.indexOf('All requests'))
  })

  it('says nothing while answers come in ordinary time', () => {
    expect(render(progress)).not.toContain('provider-waiting')
  })

  it('says nothing for a run that is no longer going', () => {
    expect(render({ ...progress, waiting: { requests: 8, longestSeconds: 95 } }, false)).not.toContain('provider-waiting')
  })
})
