import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RseChecksFields } from '../../../../src/renderer/src/features/runs/RseChecksFields'

/** Issue 16: the options step's checks, each said with what it costs. */
const render = (errors = {}) =>
  renderToStaticMarkup(
    <MantineProvider>
      <RseChecksFields values={{ calibration: true, studentSamples: 3, positionCheck: 0 }} errors={errors} update={() => {}} />
    </MantineProvider>,
  )

describe('RseChecksFields', () => {
  it('offers the ceiling and floor, answers per student and the position check, each with its extra requests', () => {
    const html = render()
    expect(html).toContain('Measure a ceiling and a floor')
    expect(html).toContain('Adds a reference answer and a judgement per prompt, and a judgement per student answer.')
    expect(html).toContain('Answers per student and prompt')
    expect(html).toContain('Position check (items)')
    expect(html).toContain('0 for none, up to 10,000.')
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""/)
  })

  it('shows a field’s message next to it', () => {
    expect(render({ positionCheck: 'The run judges 60 (student, prompt) pairs' })).toContain('The run judges 60 (student, prompt) pairs')
  })
})
