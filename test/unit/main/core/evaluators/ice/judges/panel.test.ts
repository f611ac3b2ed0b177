import { describe, expect, it } from 'vitest'
import { panelOutcome } from '../../../../../../../src/main/core/evaluators/ice/judges/panel'
import type { JudgeOutcome } from '../../../../../../../src/main/core/evaluators/ice/judges/run-judge'

const said = (verdict: 0 | 1): JudgeOutcome => ({ verdict, via: 'tag', form: '<verdict> tag', reply: `<verdict>${verdict}</verdict>` })
const unreadable: JudgeOutcome = { verdict: null, via: 'failed', reply: 'hmm', error: 'Judge reply: no verdict.' }
const failed: JudgeOutcome = { verdict: null, via: 'failed', error: 'The judge could not be asked: timeout', errorClass: 'timeout' }

describe('a judge panel (issue 13)', () => {
  it('is its only judge unchanged for a panel of one, readable or not', () => {
    const one = said(0)
    expect(panelOutcome([one])).toBe(one)
    expect(panelOutcome([unreadable])).toBe(unreadable)
  })

  it('takes the majority: three judges 2 to 1 either way', () => {
    expect(panelOutcome([said(1), said(0), said(1)])).toMatchObject({ verdict: 1, via: 'panel' })
    expect(panelOutcome([said(0), said(1), said(0)])).toMatchObject({ verdict: 0, via: 'panel' })
    expect(panelOutcome([said(1), said(0), said(1)]).split).toBeUndefined()
  })

  it('calls two judges 1 to 1 a split: no verdict, marked split, not a failure', () => {
    const split = panelOutcome([said(1), said(0)])
    expect(split).toMatchObject({ verdict: null, via: 'panel', split: true })
    expect(split.errorClass).toBeUndefined()
    expect(split.error).toBeUndefined()
  })

  it('leaves an unreadable judge out: one unreadable of three decides by the other two (agreeing or split)', () => {
    expect(panelOutcome([said(1), unreadable, said(1)])).toMatchObject({ verdict: 1, via: 'panel' })
    expect(panelOutcome([said(0), unreadable, said(1)])).toMatchObject({ verdict: null, split: true })
    expect(panelOutcome([said(0), failed, unreadable])).toMatchObject({ verdict: 0, via: 'panel' })
  })

  it('is unjudged, not a split, when no judge gave a readable verdict, keeping a failed call’s class', () => {
    const none = panelOutcome([unreadable, unreadable, unreadable])
    expect(none).toMatchObject({ verdict: null, via: 'failed' })
    expect(none.split).toBeUndefined()
    expect(none.errorClass).toBeUndefined()
    expect(panelOutcome([unreadable, failed])).toMatchObject({ verdict: null, via: 'failed', errorClass: 'timeout' })
  })

  it('refuses an empty panel', () => {
    expect(() => panelOutcome([])).toThrow(/at least one judge/)
  })
})
