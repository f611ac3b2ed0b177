import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunEstimate } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract/run-spec'
import { useServices } from '../../support/services'

/**
 * Issue 13 item 4: the estimate of a judge panel warns about every judge's affinity by the shared
 * rule (judge-affinity.ts), prices its judge check for every judge, and the command line
 * reads the same warnings (preflight.affinityWarnings). Nothing is sent: an estimate asks no model.
 */
const startServices = useServices()
const folder = mkdtempSync(join(tmpdir(), 'distillscope-preflight-judges-'))
writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is the capital of France?\n')

const inline = (model: string) => ({ provider: 'custom', baseURL: 'http://127.0.0.1:9/v1', model })

const rseSpec = (judges: Record<string, unknown>) => ({
  kind: 'rse',
  models: {
    ref: inline('gpt-4o'),
    student: inline('qwen2.5-72b-instruct'),
    j1: inline('gemini-1.5-flash'),
    j2: inline('gpt-4o-mini'),
    j3: inline('claude-3-5-haiku-latest'),
  },
  reference: 'ref',
  students: ['student'],
  promptSets: [{ name: 'few', file: 'prompts.csv' }],
  ...judges,
})

const iceSpec = (judges: Record<string, unknown>) => ({
  kind: 'ice',
  models: { t: inline('deepseek-chat'), h: inline('meta-llama/Llama-3.1-70B-Instruct'), j1: inline('gemini-1.5-flash'), j2: inline('gpt-4o-mini') },
  target: 't',
  helper: 'h',
  targetFact: 'I am DeepSeek-V3, made by DeepSeek.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { builtin: 'distillscope-roleplay-v1' },
  suspectedVendors: ['OpenAI'],
  ...judges,
})

describe('preflight of a judge panel', () => {
  it('RSE: every judge of the panel is checked for affinity, and the judge check is priced for every judge', async () => {
    const session = startServices()
    const spec = rseSpec({ judges: ['j1', 'j2', 'j3'] })
    const estimate = await session.ok<RunEstimate>('runs.estimate', { spec, baseDir: folder })
    const affinity = estimate.warnings.filter((warning) => warning.startsWith('The judge'))
    expect(affinity).toEqual([expect.stringMatching(/^The judge “j2” \(gpt-4o-mini\) and the reference \(gpt-4o\) are both OpenAI models/)])
    expect(estimate.judgeCheck).toMatchObject({ judges: 3, calls: 12 })
    expect(estimate.notes.join('\n')).not.toMatch(/first judge/)
    expect(session.services.preflight.affinityWarnings(runSpecSchema.parse(spec))).toEqual(affinity)
  })

  it('RSE: a judge of one, no affinity: no warning, and a check of one judge', async () => {
    const session = startServices()
    const estimate = await session.ok<RunEstimate>('runs.estimate', { spec: rseSpec({ judge: 'j1' }), baseDir: folder })
    expect(estimate.warnings.some((warning) => warning.startsWith('The judge'))).toBe(false)
    expect(estimate.judgeCheck).toMatchObject({ judges: 1, calls: 4 })
  })

  it('ICE: a judge past the first whose vendor is a suspected source is warned about once', async () => {
    const session = startServices()
    const spec = iceSpec({ judges: ['j1', 'j2'] })
    const estimate = await session.ok<RunEstimate>('runs.estimate', { spec, baseDir: folder })
    const affinity = estimate.warnings.filter((warning) => warning.startsWith('The judge'))
    expect(affinity).toEqual([expect.stringMatching(/^The judge “j2” \(gpt-4o-mini\) comes from the OpenAI family, and OpenAI is a suspected source/)])
    expect(session.services.preflight.affinityWarnings(runSpecSchema.parse(spec))).toEqual(affinity)
  })
})
