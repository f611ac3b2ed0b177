import { describe, expect, it } from 'vitest'
import { reportedVersionOf } from '../../../../src/main/providers/reported-version'

describe('what a reply says about the model that wrote it (issue 15 item 5)', () => {
  it('keeps the model field and the fingerprint when they are short strings', () => {
    expect(reportedVersionOf('gpt-4o-2024-08-06', 'fp_3b956da36b')).toEqual({ reported: { model: 'gpt-4o-2024-08-06', fingerprint: 'fp_3b956da36b' } })
    expect(reportedVersionOf('claude-3-5-sonnet-20241022')).toEqual({ reported: { model: 'claude-3-5-sonnet-20241022' } })
  })

  it('drops anything else a provider might send: nothing, empty, non-text or absurdly long', () => {
    expect(reportedVersionOf(undefined, null)).toEqual({})
    expect(reportedVersionOf('  ', 42)).toEqual({})
    expect(reportedVersionOf({ id: 'x' })).toEqual({})
    expect(reportedVersionOf('m'.repeat(201))).toEqual({})
  })
})
