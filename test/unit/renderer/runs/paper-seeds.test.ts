import { describe, expect, it } from 'vitest'
import type { IceSetSummary } from '../../../../src/shared/contract/index'
import { defaultSeedsFor, gptfuzzSeedSet, paperSeedsNotice } from '../../../../src/renderer/src/features/runs/ice/paper-seeds'

function set(overrides: Partial<IceSetSummary>): IceSetSummary {
  return {
    id: 'x',
    kind: 'seeds',
    name: 'Mine',
    builtin: false,
    sourceNote: '',
    itemCount: 3,
    counts: {},
    contentHash: 'h',
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  }
}

const gptfuzz = set({ id: 'g1', name: 'GPTFuzz templates', sourceNote: 'GPTFuzz (MIT), github.com/sherdencooper/GPTFuzz', itemCount: 77 })
const builtin = set({ id: 'b1', name: 'Built-in seeds', builtin: true })
const questions = set({ id: 'q1', kind: 'questions', name: 'GPTFuzz questions' })

describe('paper seeds notice (issue 15 item 3)', () => {
  it('says nothing under the Distillscope preset, whatever the seeds', () => {
    expect(paperSeedsNotice({ preset: 'distillscope', seeds: 'builtin' } as never, [builtin])).toBeUndefined()
  })

  it('finds only a saved, non-built-in seed set naming GPTFuzz', () => {
    expect(gptfuzzSeedSet([builtin, questions])).toBeUndefined()
    expect(gptfuzzSeedSet([builtin, questions, gptfuzz])?.id).toBe('g1')
    expect(gptfuzzSeedSet(undefined)).toBeUndefined()
  })

  it('offers the saved GPTFuzz set when As published runs on other seeds', () => {
    const notice = paperSeedsNotice({ preset: 'as-published', seeds: `set:${builtin.id}` } as never, [builtin, gptfuzz])
    expect(notice?.useSet).toBe('set:g1')
    expect(notice?.text).toMatch(/not GPTFuzz/)
  })

  it('offers a download when no GPTFuzz set is saved', () => {
    const notice = paperSeedsNotice({ preset: 'as-published', seeds: 'builtin' } as never, [builtin])
    expect(notice?.useSet).toBeUndefined()
    expect(notice?.text).toMatch(/Download/)
  })

  it('is silent once the GPTFuzz set is chosen', () => {
    expect(paperSeedsNotice({ preset: 'as-published', seeds: 'set:g1' } as never, [builtin, gptfuzz])).toBeUndefined()
  })
})

describe('GPTFuzz’s templates as the default seeds under As published (issue 15 item 3)', () => {
  const DEFAULT = 'builtin:distillscope-roleplay-v1'
  it('starts from them when the library holds them and the seeds are still the default', () => {
    expect(defaultSeedsFor({ preset: 'as-published', seeds: DEFAULT } as never, [builtin, gptfuzz], DEFAULT)).toBe('set:g1')
  })
  it('leaves a choice the person made, another preset, and a library without them alone', () => {
    expect(defaultSeedsFor({ preset: 'as-published', seeds: 'set:b1' } as never, [builtin, gptfuzz], DEFAULT)).toBeUndefined()
    expect(defaultSeedsFor({ preset: 'gptfuzz-original', seeds: DEFAULT } as never, [builtin, gptfuzz], DEFAULT)).toBeUndefined()
    expect(defaultSeedsFor({ preset: 'as-published', seeds: DEFAULT } as never, [builtin], DEFAULT)).toBeUndefined()
  })
})
