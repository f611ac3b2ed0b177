import { strFromU8, unzipSync } from 'fflate'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AS_PUBLISHED_RSE_SYSTEM_PROMPT } from '../../../src/main/core/evaluators/rse/rse-rubrics'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema, type RseResults } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Issue 15 item 4: the "As published" RSE rubric changes the prompt the judge is sent (seen on the
 * simulator's request log: the simulator tells the rubrics apart by their system messages) and the
 * manifest, which holds both rubrics in full and names the one used.
 */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-rubric-'))
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 4 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is a prime number?\n2,Why is the sky blue?\n3,What does a compiler do?\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const spec = (rubric?: 'as-published' | 'distillscope') =>
  runSpecSchema.parse({
    kind: 'rse',
    models: { ref: model('sim-reference'), s: model('sim-student-close'), judge: model('sim-judge') },
    reference: 'ref',
    students: ['s'],
    judge: 'judge',
    promptSets: [{ name: 'few', file: join(folder, 'prompts.csv') }],
    ...(rubric ? { rubric } : {}),
  })

describe('the RSE judge rubric (issue 15 item 4)', () => {
  it('sends the chosen rubric to the judge, records it in the results and the manifest with both rubrics in full', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const judgeRoles = async (rubric?: 'as-published' | 'distillscope') => {
      const before = simulator.requestLog.length
      const run = services.runs.start(spec(rubric), folder)
      expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
      return {
        run,
        roles: simulator.requestLog
          .slice(before)
          .filter((entry) => entry.persona === 'judge')
          .map((entry) => entry.role),
      }
    }
    const ours = await judgeRoles()
    expect(ours.roles).toEqual(['rse', 'rse', 'rse'])
    const paper = await judgeRoles('as-published')
    // The same answers come from the cache; only the judge is asked again, under the other rubric.
    expect(paper.roles).toEqual(['rsePaper', 'rsePaper', 'rsePaper'])
    const results = await ok<RseResults>('results.rse', { runId: paper.run.id })
    expect(results).toMatchObject({ rubric: 'as-published', judgePromptEdited: false })
    expect(results.students[0]!.avg).not.toBeNull()

    const manifestOf = async (runId: string) => {
      const exported = await ok<{ base64: string }>('runs.exportPackage', { id: runId })
      const files = unzipSync(Buffer.from(exported.base64, 'base64'))
      return { manifest: JSON.parse(strFromU8(files['manifest.json']!)) as { method: Record<string, unknown> }, methods: strFromU8(files['methods.md']!) }
    }
    const paperPackage = await manifestOf(paper.run.id)
    expect(paperPackage.manifest.method).toMatchObject({ rubric: 'as-published', judgeSystemPrompt: AS_PUBLISHED_RSE_SYSTEM_PROMPT, judgePromptEdited: false })
    const rubrics = paperPackage.manifest.method.rubrics as Record<string, { system: string; template: string }>
    expect(Object.keys(rubrics).sort()).toEqual(['as-published', 'distillscope'])
    expect(rubrics['as-published']!.template).toMatch(/2 = similar[\s\S]*1 = partly similar[\s\S]*0 = dissimilar/)
    expect(paperPackage.methods).toMatch(/rubric with the paper's structure/)
    const oursPackage = await manifestOf(ours.run.id)
    expect(oursPackage.manifest.method).toMatchObject({ rubric: 'distillscope' })
    expect(oursPackage.methods).toMatch(/Distillscope's own rubric/)
  })
})
