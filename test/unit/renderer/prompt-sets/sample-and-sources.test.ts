import { describe, expect, it } from 'vitest'
import { DOWNLOAD_SOURCE_INFO } from '../../../../src/main/core/files/download-sources'
import { ARENA_HARD_DOWNLOAD, DOWNLOAD_BUTTON_LABEL, PAPER_SETS, downloadedMessage } from '../../../../src/renderer/src/features/prompt-sets/public-sets'
import { DEFAULT_SEED, checkSample, defaultSampleSize, runSpecEntry } from '../../../../src/renderer/src/features/prompt-sets/sample-form'
import type { PromptSet } from '../../../../src/shared/contract/prompt-sets'
import { promptSetRefSchema } from '../../../../src/shared/contract/run-spec'

describe('checkSample', () => {
  it('accepts whole numbers within the set and the seed range', () => {
    expect(checkSample(10, 1, 30)).toEqual({ ok: true, n: 10, seed: 1 })
    expect(checkSample('30', '0', 30)).toEqual({ ok: true, n: 30, seed: 0 })
    expect(checkSample(1, 4_294_967_295, 1)).toEqual({ ok: true, n: 1, seed: 4_294_967_295 })
  })

  it('refuses more prompts than the set has, saying how many it has', () => {
    expect(checkSample(31, 1, 30)).toEqual({ ok: false, errors: { n: 'This set has 30 prompts; choose at most 30.' } })
    expect(checkSample(1_001, 1, 500)).toEqual({ ok: false, errors: { n: 'This set has 500 prompts; choose at most 500.' } })
  })

  it('refuses empty, fractional, negative and out-of-range values, for each field', () => {
    expect(checkSample('', '', 30)).toEqual({
      ok: false,
      errors: { n: 'Enter a number from 1 to 30', seed: 'Enter a number from 0 to 4,294,967,295' },
    })
    expect(checkSample(2.5, 1, 30)).toMatchObject({ ok: false, errors: { n: 'Enter a whole number' } })
    expect(checkSample(5, 1.5, 30)).toMatchObject({ ok: false, errors: { seed: 'Enter a whole number' } })
    expect(checkSample(0, 1, 30)).toMatchObject({ ok: false, errors: { n: 'Enter a number from 1 to 30' } })
    expect(checkSample(5, -1, 30)).toMatchObject({ ok: false, errors: { seed: 'Enter a number from 0 to 4,294,967,295' } })
    expect(checkSample(5, 2 ** 32, 30)).toMatchObject({ ok: false, errors: { seed: 'Enter a number from 0 to 4,294,967,295' } })
    expect(checkSample('1e3', 1, 5_000)).toMatchObject({ ok: false, errors: { n: 'Enter a number from 1 to 5,000' } })
  })

  it('starts with a small sample and the seed runs use by default', () => {
    expect(defaultSampleSize(30)).toBe(10)
    expect(defaultSampleSize(3)).toBe(3)
    expect(DEFAULT_SEED).toBe(1)
  })
})

describe('runSpecEntry', () => {
  it('writes the prompt set entry of a run spec that draws exactly these prompts', () => {
    const entry = runSpecEntry({ id: 'builtin-general-v1', name: 'General reasoning (Distillscope demo set)' }, 5, 7)
    expect(entry).toBe('{"name":"General reasoning (Distillscope demo set)","setId":"builtin-general-v1","sample":5,"seed":7}')
    expect(promptSetRefSchema.parse(JSON.parse(entry))).toEqual(JSON.parse(entry))
  })

  it('keeps names within what a spec accepts', () => {
    const entry = JSON.parse(runSpecEntry({ id: 'pset_1', name: 'n'.repeat(120) }, 1, 1)) as { name: string }
    expect(entry.name).toHaveLength(80)
    expect(promptSetRefSchema.safeParse(entry).success).toBe(true)
  })
})

describe('the Arena-Hard download offer', () => {
  it('shows the same source and licence note the backend stores with the set', () => {
    const backend = DOWNLOAD_SOURCE_INFO[ARENA_HARD_DOWNLOAD.source]
    expect(ARENA_HARD_DOWNLOAD.sourceNote).toBe(backend.sourceNote)
    expect(ARENA_HARD_DOWNLOAD.name).toBe(backend.name)
    expect(ARENA_HARD_DOWNLOAD.fileName).toBe(backend.fileName)
    expect(backend.path).toContain(ARENA_HARD_DOWNLOAD.path)
    expect(DOWNLOAD_BUTTON_LABEL).toBe('Download Arena-Hard v0.1')
  })

  it('says whether the download added a set or found it already there', () => {
    const set: PromptSet = {
      id: 'pset_a',
      name: 'Arena-Hard v0.1',
      domain: 'general',
      sourceNote: '',
      builtin: false,
      createdAt: '2025-01-01T00:00:00.000Z',
      itemCount: 500,
      contentHash: 'h',
      origin: {},
    }
    expect(downloadedMessage({ set, created: true, skippedDuplicates: 0, skippedInvalid: 0, warnings: [] })).toBe('Downloaded “Arena-Hard v0.1”: 500 prompts.')
    expect(downloadedMessage({ set, created: false, skippedDuplicates: 0, skippedInvalid: 0, warnings: [] })).toBe(
      '“Arena-Hard v0.1” is already in your prompt sets (the downloaded file is identical), so nothing was added.',
    )
  })

  it('describes the three sets the paper used', () => {
    expect(PAPER_SETS.map((set) => set.name)).toEqual(['Arena-Hard v0.1', 'NuminaMath-CoT', 'ShareGPT'])
  })
})
