import { describe, expect, it } from 'vitest'
import { inputSourcesOf } from '../../../../../src/main/services/runs/input-sources'
import { runSpecSchema } from '../../../../../src/shared/contract/run-spec'

const sim = (model: string) => ({ provider: 'simulator', model })
const notes = {
  promptSet: (id: string) => (id === 'arena' ? 'Arena-Hard-Auto v0.1 (Apache-2.0), github.com/lmarena/arena-hard-auto' : undefined),
  iceSet: (id: string) => (id === 'gptfuzz' ? 'GPTFuzz (MIT), github.com/sherdencooper/GPTFuzz' : undefined),
}

describe('the source and licence of a run’s inputs (issue 15 item 5)', () => {
  it('RSE: a saved set’s note, a file named as such, a set whose note is gone said so', () => {
    const spec = runSpecSchema.parse({
      kind: 'rse',
      models: { r: sim('sim-reference'), s: sim('sim-student-close'), j: sim('sim-judge') },
      reference: 'r',
      students: ['s'],
      judge: 'j',
      promptSets: [
        { name: 'Arena', setId: 'arena' },
        { name: 'Mine', file: 'data/mine.csv' },
        { name: 'Gone', setId: 'deleted' },
      ],
    })
    expect(inputSourcesOf(spec, notes)).toEqual({
      'prompt-set:Arena': 'Arena-Hard-Auto v0.1 (Apache-2.0), github.com/lmarena/arena-hard-auto',
      'prompt-set:Mine': 'the file mine.csv, given to this run (its source and licence were not recorded)',
      'prompt-set:Gone': 'a prompt set saved in the app, with no source recorded',
    })
  })

  it('ICE: built-in questions, and seeds from a saved set', () => {
    const spec = runSpecSchema.parse({
      kind: 'ice',
      models: { t: sim('sim-target-leaky'), h: sim('sim-helper'), j: sim('sim-judge') },
      target: 't',
      helper: 'h',
      judge: 'j',
      targetFact: 'I am Qwen.',
      questions: { builtin: 'identity-en' },
      seeds: { setId: 'gptfuzz' },
    })
    const sources = inputSourcesOf(spec, notes)
    expect(sources['identity-questions']).toMatch(/Distillscope's own built-in set .*MIT/)
    expect(sources['seed-templates']).toBe('GPTFuzz (MIT), github.com/sherdencooper/GPTFuzz')
  })
})
