import { describe, expect, it } from 'vitest'
import type { IceAttackRow } from '../../../../../../src/main/core/evaluators/ice'
import { buildIceResults, type IceRunData } from '../../../../../../src/main/core/evaluators/ice/ice-results'
import type { RunRow } from '../../../../../../src/main/core/runs/ports'
import type { RunSpec } from '../../../../../../src/shared/contract'
import { attackRow, minimalIceSpec } from '../../../../../support/ice-fixtures'

/** The results' `fuzz` (issue 16): replicate 0's iterations and stop reason, and each replicate's own for a run of two or more. */
const spec = (replicates?: number): RunSpec => minimalIceSpec({ seed: 7, replicates })

const runOf = (runSpec: RunSpec): RunRow => ({
  id: 'run_1',
  kind: 'ice',
  name: 'r',
  status: 'paused',
  createdAt: '2026-12-04T00:00:00Z',
  statusSeq: 1,
  spec: runSpec,
  specHash: 'h',
  manifest: {},
})

const row = (iteration: number, replicate?: number): IceAttackRow =>
  attackRow({ iteration, mutantId: iteration, questionIndex: 0, replicate, template: 'T [INSERT PROMPT HERE]', questionAppended: false, answer: 'I am GPT-4.' })

const NO_CALLS = { sent: 0, cached: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 }
const results = (runSpec: RunSpec, data: Partial<IceRunData>) =>
  buildIceResults(runOf(runSpec), { inputs: undefined, nodes: [], rows: [], state: undefined, ...data }, (alias) => alias, NO_CALLS).fuzz

describe('where an ICE run’s fuzzing stopped, in its results', () => {
  it('one replicate: its iterations and stop reason, no per-replicate list (as before replicates)', () => {
    const fuzz = results(spec(), {
      rows: [row(1), row(2)],
      state: { stopReason: 'max_query', iterations: 3 },
      states: [{ replicate: 0, stopReason: 'max_query', iterations: 3 }],
    })
    expect(fuzz).toEqual({ iterations: 3, stopReason: 'max_query' })
    // Not stopped yet: the last iteration it stored a row for, and no reason.
    expect(results(spec(), { rows: [row(1), row(2)] })).toEqual({ iterations: 2 })
  })

  it('three replicates: replicate 0’s at the top, and each replicate’s own; one not stopped yet counts its rows’ iterations', () => {
    const fuzz = results(spec(3), {
      rows: [row(1), row(2), row(1, 1), row(4, 1), row(5, 2), row(6, 2)],
      state: { stopReason: 'max_query', iterations: 2 },
      states: [
        { replicate: 0, stopReason: 'max_query', iterations: 2 },
        { replicate: 1, stopReason: 'stalled', iterations: 9 },
      ],
    })
    expect(fuzz).toEqual({
      iterations: 2,
      stopReason: 'max_query',
      replicates: [
        { replicate: 0, iterations: 2, stopReason: 'max_query' },
        { replicate: 1, iterations: 9, stopReason: 'stalled' },
        { replicate: 2, iterations: 6 },
      ],
    })
  })

  it('without every replicate’s states (data read before they were kept), replicate 0’s state is still its own and the others count their rows', () => {
    const fuzz = results(spec(2), { rows: [row(1), row(3, 1)], state: { stopReason: 'max_iteration', iterations: 1 } })
    expect(fuzz.replicates).toEqual([
      { replicate: 0, iterations: 1, stopReason: 'max_iteration' },
      { replicate: 1, iterations: 3 },
    ])
  })

  it('several replicates, none stopped yet: the top iterations are replicate 0’s own rows’, not the furthest replicate’s', () => {
    const fuzz = results(spec(2), { rows: [row(1), row(2), row(7, 1)] })
    expect(fuzz).toEqual({
      iterations: 2,
      replicates: [
        { replicate: 0, iterations: 2 },
        { replicate: 1, iterations: 7 },
      ],
    })
  })
})
