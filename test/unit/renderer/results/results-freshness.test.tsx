import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { clockTime, ResultsFreshness } from '../../../../src/renderer/src/features/results/ResultsFreshness'

const render = (props: Parameters<typeof ResultsFreshness>[0]) =>
  renderToStaticMarkup(
    <MantineProvider>
      <ResultsFreshness {...props} />
    </MantineProvider>,
  )

// Built from local time, so the expected clock reads the same in every time zone.
const computedAt = new Date(2026, 11, 4, 9, 5, 7).toISOString()

describe('the results freshness line', () => {
  it('says when a finished run’s results were computed', () => {
    const html = render({ computedAt, refreshing: false })
    expect(html).toContain('Results as of 09:05:07')
    expect(html).not.toContain('updating')
  })

  it('says "updating…" while newer results of a running run are computed', () => {
    expect(render({ computedAt, refreshing: true })).toContain('Results as of 09:05:07 · updating…')
    expect(render({ refreshing: true })).toContain('updating…')
  })

  it('shows nothing without a time to show, and never "Invalid Date"', () => {
    expect(render({})).not.toContain('results-freshness')
    const unreadable = render({ computedAt: 'not a time' })
    expect(unreadable).not.toContain('results-freshness')
    expect(unreadable).not.toContain('Invalid')
    expect(clockTime('not a time')).toBeUndefined()
    expect(clockTime(new Date(2026, 0, 1, 23, 59, 59).toISOString())).toBe('23:59:59')
  })
})
