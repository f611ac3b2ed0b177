import { describe, expect, it } from 'vitest'
import { runSpecSchema } from '../../../../../src/shared/contract/run-spec'
import type { RunStatus } from '../../../../../src/shared/contract/runs'
import type { RunRow } from '../../../../../src/main/core/runs/ports'
import type { StartSetup } from '../../../../../src/main/core/runs/run-manager'
import { createRejudgeService } from '../../../../../src/main/services/runs/rejudge-service'

const spec = runSpecSchema.parse({
  kind: 'rse',
  models: { ref: { modelId: 'm-ref' }, s1: { modelId: 'm-s1' }, judge: { modelId: 'm-judge' } },
  reference: 'ref',
  students: ['s1'],
  judge: 'judge',
  promptSets: [{ name: 'maths', setId: 'builtin-math-v1' }],
})
const judges = { models: { harsh: { modelId: 'm-harsh' } }, judges: ['harsh'] }

function setup(status: RunStatus, answered: boolean, options: { active?: boolean } = {}) {
  const run = { id: 'run-1', kind: 'rse', name: 'First', status, createdAt: '', statusSeq: 0, spec, specHash: 'h', manifest: { baseDir: '/data' } } as RunRow
  const started: { spec: unknown; baseDir: string | undefined; name: string; setup: StartSetup }[] = []
  const copied: string[] = []
  const checked: string[][] = []
  const service = createRejudgeService({
    runs: { get: (id: string) => (id === run.id ? run : undefined) } as never,
    rse: { outcomes: () => ({ answers: [{ modelAlias: 's1', setName: 'maths', itemId: '1', answered }], judgments: [] }) },
    ice: { rows: () => [] },
    copies: { copyRse: (from, to) => (copied.push(`${from}->${to}`), { items: 1, answers: 1 }), copyIce: () => ({ items: 0, answers: 0 }) },
    manager: {
      isActive: () => options.active ?? false,
      resume: () => {
        throw new Error('not resumed here')
      },
      start: (newSpec, baseDir, name, how = {}) => {
        started.push({ spec: newSpec, baseDir, name, setup: how })
        how.prepare?.('run-2')
        return { ...run, id: 'run-2' }
      },
    },
    models: { checkSaved: () => {}, checkReady: async (models) => void checked.push(Object.keys(models)) },
  })
  return { service, started, copied, checked }
}

describe('the re-judge service', () => {
  it('starts a linked run whose answers are copied before it starts, in the first run’s folder, checking only the judges’ models', async () => {
    const { service, started, copied, checked } = setup('completed', true)
    const run = await service.rejudge('run-1', judges)
    expect(run.id).toBe('run-2')
    expect(started).toHaveLength(1)
    expect(started[0]).toMatchObject({ baseDir: '/data', name: 'Re-judge of First', setup: { manifest: { rejudgeOf: 'run-1' } } })
    expect(started[0]!.spec).toMatchObject({ judges: ['harsh'] })
    expect(copied).toEqual(['run-1->run-2'])
    expect(checked).toEqual([['harsh']])
  })

  it.each(['running', 'pending'] as const)('refuses a %s run, saying so', async (status) => {
    const { service, started } = setup(status, true)
    await expect(service.rejudge('run-1', judges)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/still (running|starting)/) })
    expect(started).toHaveLength(0)
  })

  it('refuses a run being resumed, a run without answers and an unknown run', async () => {
    await expect(setup('paused', true, { active: true }).service.rejudge('run-1', judges)).rejects.toMatchObject({ code: 'conflict' })
    await expect(setup('cancelled', false).service.rejudge('run-1', judges)).rejects.toThrow('"First" has no stored answers to judge again.')
    await expect(setup('completed', true).service.rejudge('run-9', judges)).rejects.toMatchObject({ code: 'not_found' })
  })
})
