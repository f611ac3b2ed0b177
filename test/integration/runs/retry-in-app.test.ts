import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema, type RunSummary } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/** Issue 12 item 2: the app's Resume ("Retry failed calls") works on a run that finished with failed items. */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-retry-app-'))
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 2 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is a prime number?\n2,Describe the water cycle.\n3,Why is the sky blue?\n4,What is an API?\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('Retry failed calls in the app', () => {
  it(
    'a run that ended with failed calls is resumed through runs.resume, asks only its failed calls again, and ends completed',
    { timeout: 120_000 },
    async () => {
      const { services, ok, call } = open()
      const model = (id: string, extra: Record<string, unknown> = {}) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, ...extra })
      const spec = runSpecSchema.parse({
        kind: 'rse',
        models: {
          ref: model('sim-reference'),
          close: model('sim-student-close'),
          // One prompt's answer fails on its first five attempts (the client's four retries included); the others pass.
          flaky: model('sim-student-far', { headers: { 'x-sim-fault': '500; times=5' }, limits: { maxConcurrent: 1 } }),
          judge: model('sim-judge'),
        },
        reference: 'ref',
        students: ['close', 'flaky'],
        judge: 'judge',
        promptSets: [{ name: 'few', file: join(folder, 'prompts.csv') }],
      })
      simulator.setFaults({})
      const run = services.runs.start(spec, folder)
      const first = await services.runs.manager.settled(run.id)
      // Every flaky answer failed on the first run: a role that could not answer at all makes the run failed.
      expect(first.status).toBe('failed')
      expect((await call('runs.resume', { id: 'nope' })).ok).toBe(false)

      const sentBefore = simulator.requestLog.length
      const resumed = await ok<RunSummary>('runs.resume', { id: run.id })
      expect(resumed.id).toBe(run.id)
      const ended = await services.runs.manager.settled(run.id)
      expect(ended.status).toBe('completed')
      expect(ended.warnings).toBeUndefined()
      const resent = simulator.requestLog.slice(sentBefore)
      // Four failed answers and their four judgements; nothing that had an answer was sent again.
      expect(resent.filter((entry) => entry.model === 'sim-student-far')).toHaveLength(4)
      expect(resent).toHaveLength(8)
      const results = await services.results.rseResults(run.id)
      expect(results.students.map((student) => [student.alias, student.sets[0]!.n, student.sets[0]!.failed])).toEqual([
        ['close', 4, 0],
        ['flaky', 4, 0],
      ])
    },
  )
})
