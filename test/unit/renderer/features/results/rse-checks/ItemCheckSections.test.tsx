import { MantineProvider } from '@mantine/core'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChecksSection, FurtherSamplesSection } from '../../../../../../src/renderer/src/features/results/rse-checks/ItemCheckSections'
import { checkWords, sampleHeading, verdictText } from '../../../../../../src/renderer/src/features/results/rse-checks/item-check-words'
import type { RunModelInfo } from '../../../../../../src/renderer/src/lib/runs/spec-models'

const render = (node: ReactNode) => renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>)
const NAMES: Record<string, string> = { j1: 'GPT-4o judge', j2: 'Claude judge' }
const modelInfo = (alias: string): RunModelInfo => ({ alias, name: NAMES[alias] ?? alias, simulated: false, missing: false })
/** The text of the page without its tags, so sentences read as a person sees them. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe("the item drawer's further samples and checks (issue 16)", () => {
  it('shows each further answer under its number, its text or why it is missing, and each judge’s score or failure', () => {
    const html = render(
      <FurtherSamplesSection
        samples={[
          {
            sample: 1,
            text: 'A second try <b>bold</b>',
            judges: [
              { judge: 'j2', overall: 3 },
              { judge: 'j1', failedReason: 'The judge’s reply could not be read' },
            ],
          },
          { sample: 2, error: 'HTTP 500', judges: [] },
        ]}
        modelInfo={modelInfo}
      />,
    )
    const text = textOf(html)
    // A region named by its heading, so a keyboard or screen-reader user can jump to it.
    expect(html).toMatch(/<section [^>]*aria-labelledby="([^"]+)"[^>]*><h3[^>]*id="\1"[^>]*>Further samples<\/h3>/)
    expect(text).toContain('The student answered this prompt 3 times.')
    expect(text).toContain('Answer 2')
    expect(html).toContain('A second try &lt;b&gt;bold&lt;/b&gt;')
    expect(text).toContain('Claude judge 3 of 5')
    expect(text).toContain('GPT-4o judge No score: The judge’s reply could not be read')
    expect(text).toContain('Answer 3')
    expect(text).toContain('No answer: HTTP 500')
    expect(text).toContain('Not judged: the answer is missing')
    // The judges are listed as the contract orders them (the panel's order).
    expect(text.indexOf('Claude judge')).toBeLessThan(text.indexOf('GPT-4o judge'))
  })

  it('names each check and says in plain words which answers were compared', () => {
    const html = render(
      <ChecksSection
        checks={[
          { kind: 'ceiling', judges: [{ judge: 'j1', overall: 5 }] },
          { kind: 'floor', pairedItem: 'q7', judges: [{ judge: 'j1', overall: 1 }] },
          { kind: 'swap', judges: [{ judge: 'j1' }] },
        ]}
        modelInfo={modelInfo}
      />,
    )
    const text = textOf(html)
    expect(html).toMatch(/<h3[^>]*>Checks<\/h3>/)
    expect(text).toContain('Ceiling The reference’s second answer to this prompt judged against its first.')
    expect(text).toContain('Floor The student’s answer to another prompt (item q7) judged against the reference’s answer to this one.')
    expect(text).toContain('Position check The same two answers with their places swapped')
    expect(text).toContain('GPT-4o judge 5 of 5')
    expect(text).toContain('GPT-4o judge No score')
    expect(text).toContain('They do not change the item’s score.')
  })

  it('words numbers, pairs and verdicts for a person', () => {
    expect(sampleHeading(1)).toBe('Answer 2')
    expect(checkWords({ kind: 'floor', judges: [] }).compared).toBe('The student’s answer to another prompt judged against the reference’s answer to this one.')
    expect(verdictText({ judge: 'j', overall: 2.5 })).toBe('2.5 of 5')
    expect(verdictText({ judge: 'j', overall: 4, failedReason: 'ignored' })).toBe('4 of 5')
    expect(verdictText({ judge: 'j', failedReason: 'timeout' })).toBe('No score: timeout')
    expect(verdictText({ judge: 'j' })).toBe('No score')
  })
})
