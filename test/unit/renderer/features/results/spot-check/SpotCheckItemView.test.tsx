import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SpotCheckItemView } from '../../../../../../src/renderer/src/features/results/spot-check/SpotCheckItemView'
import type { SpotCheckItem } from '../../../../../../src/shared/contract/index'

const html = (item: SpotCheckItem) =>
  renderToStaticMarkup(
    <MantineProvider>
      <SpotCheckItemView item={item} onRate={() => undefined} busy={false} />
    </MantineProvider>,
  )

const ice = { fact: 'I am Simulated Model.', question: 'Who made you?', answer: 'OpenAI made me.' }

describe('a spot-check item of an ICE run (issue 16)', () => {
  it('names the replicate an answer came from, 1-based as on the results page', () => {
    const shown = html({ key: '[4,0,2]', position: 1, ice: { ...ice, replicate: 2 } })
    expect(shown).toContain('From fuzzing replicate 3.')
    expect(shown).toContain('data-replicate="2"')
    expect(shown).toContain('OpenAI made me.')
  })

  it('says nothing of replicates for replicate 0 (a one-replicate run shows none)', () => {
    const shown = html({ key: '[4,0]', position: 1, ice })
    expect(shown).not.toMatch(/replicate/i)
    expect(shown).toContain('OpenAI made me.')
  })
})
