import { describe, expect, it } from 'vitest'
import { createEventBus } from '../../../../../src/main/core/event-bus'
import { silentLogger } from '../../../../../src/main/core/log'
import type { RunRow, RunsRepo } from '../../../../../src/main/core/runs/ports'
import { createRunManager } from '../../../../../src/main/core/runs/run-manager'
import { runSpecSchema } from '../../../../../src/shared/contract/run-spec'
import type { RunStatus } from '../../../../../src/shared/contract/runs'

const spec = runSpecSchema.parse({
  kind: 'rse',
  models: { ref: { modelId: 'a' }, s: { modelId: 'b' }, j: { modelId: 'c' } },
  reference: 'ref',
  students: ['s'],
  judge: 'j',
  promptSets: [{ name: 'maths', setId: 'builtin-math-v1' }],
})

/** Runs kept in a map; enough of the repository for starting runs. */
function memoryRuns() {
  const rows = new Map<string, RunRow>()
  const repo: Pick<RunsRepo, 'insert' | 'get' | 'setManifest' | 'setStatus' | 'delete'> = {
    insert: (runSpec, hash, name) => {
      const row = {
        id: `run-${rows.size + 1}`,
        kind: 'rse',
        name,
        status: 'pending',
        createdAt: '',
        statusSeq: 0,
        spec: runSpec,
        specHash: hash,
        manifest: {},
      } as RunRow
      rows.set(row.id, row)
      return row
    },
    get: (id) => rows.get(id),
    setManifest: (id, manifest) => void rows.set(id, { ...rows.get(id)!, manifest }),
    setStatus: (id, status: RunStatus) => {
      rows.set(id, { ...rows.get(id)!, status })
      return rows.get(id)!
    },
    delete: (id) => void rows.delete(id),
  }
  return { rows, repo: repo as RunsRepo }
}

describe('starting a run with a manifest and a prepare step (re-judge runs)', () => {
  it('records the manifest beside baseDir and prepares the run before its executor starts', async () => {
    const { rows, repo } = memoryRuns()
    const order: string[] = []
    const manager = createRunManager({
      runs: repo,
      events: createEventBus(),
      log: silentLogger,
      executors: {
        rse: async ({ run }) => {
          order.push(`execute ${run.id} ${JSON.stringify(run.manifest)}`)
          return { roles: [], judge: 'j', judgements: 1, unreadable: 0 }
        },
        ice: async () => ({ roles: [], judge: 'j', judgements: 0, unreadable: 0 }),
      },
    })
    const run = manager.start(spec, '/data', 'Re-judge of x', {
      manifest: { rejudgeOf: 'run-0' },
      prepare: (id) => order.push(`prepare ${id} ${rows.get(id)!.status}`),
    })
    await manager.settled(run.id)
    expect(order).toEqual(['prepare run-1 pending', 'execute run-1 {"rejudgeOf":"run-0","baseDir":"/data"}'])
  })

  it('leaves no run behind when preparing fails, and never starts it', () => {
    const { rows, repo } = memoryRuns()
    let executed = false
    const manager = createRunManager({
      runs: repo,
      events: createEventBus(),
      log: silentLogger,
      executors: {
        rse: async () => {
          executed = true
          return { roles: [], judge: 'j', judgements: 0, unreadable: 0 }
        },
        ice: async () => ({ roles: [], judge: 'j', judgements: 0, unreadable: 0 }),
      },
    })
    expect(() =>
      manager.start(spec, undefined, 'r', {
        prepare: () => {
          throw new Error('copy failed')
        },
      }),
    ).toThrow('copy failed')
    expect(rows.size).toBe(0)
    expect(executed).toBe(false)
  })
})
