import { describe, expect, it } from 'vitest'
import type { PaperJudgeCheckResult } from '../../../../../src/shared/contract/paper-judge-check'
import type { PaperJudgeCheck, PaperJudgeCheckRequest } from '../../../../../src/main/services/ice-library/paper-judge-check'
import { createPaperJudgeRuns } from '../../../../../src/main/services/ice-library/paper-judge-runs'

const input = {
  checkId: 'check-0001',
  attackLog: { fileName: 'a.jsonl', content: '' },
  judges: ['model-a', 'model-b'],
  fact: 'I am DeepSeek.',
  sample: 10,
}

/** A check that reports progress, then waits until it is aborted or released. */
function fakeCheck() {
  const seen: PaperJudgeCheckRequest[] = []
  let release: () => void = () => {}
  const check: PaperJudgeCheck = (request) => {
    seen.push(request)
    request.onProgress?.(3, 10)
    return new Promise((resolve, reject) => {
      request.signal?.addEventListener('abort', () => reject(new Error('aborted')))
      release = () => resolve({ sample: 10 } as PaperJudgeCheckResult)
    })
  }
  return { check, seen, release: () => release() }
}

describe('createPaperJudgeRuns', () => {
  it('names saved models j1, j2 in the judges file and sends progress under the check id', async () => {
    const fake = fakeCheck()
    const events: unknown[] = []
    const runs = createPaperJudgeRuns({ check: fake.check, events: { emit: (event, payload) => events.push([event, payload]) } })
    const running = runs.run(input)
    fake.release()
    await expect(running).resolves.toEqual({ sample: 10 })
    expect(fake.seen[0]!.judges).toEqual({ models: { j1: { modelId: 'model-a' }, j2: { modelId: 'model-b' } }, judges: ['j1', 'j2'] })
    expect(events).toEqual([['ice.paperJudge.progress', { checkId: 'check-0001', done: 3, total: 10 }]])
  })

  it('cancels a running check, which then says it was cancelled; an unknown id cancels nothing', async () => {
    const fake = fakeCheck()
    const runs = createPaperJudgeRuns({ check: fake.check, events: { emit: () => {} } })
    const running = runs.run(input)
    await expect(runs.run(input)).rejects.toThrow('This check is already running.')
    expect(runs.cancel('check-9999')).toEqual({ cancelled: false })
    expect(runs.cancel('check-0001')).toEqual({ cancelled: true })
    await expect(running).rejects.toThrow(/The check was cancelled/)
    expect(runs.cancel('check-0001')).toEqual({ cancelled: false })
  })
})
