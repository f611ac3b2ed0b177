import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { useServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

/** Issue 12, item 5, on the command line: a changed package needs --accept-modified (in-process CLI). */
let simulator: Simulator
const open = useServices()
const newDir = useTempDirs()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 7 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, apiKeyEnv: 'SIM_KEY' })

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true))
  try {
    return { code: await runCli(['node', 'distillscope', ...args], { rendererDir: '' }), stdout, stderr }
  } finally {
    vi.restoreAllMocks()
  }
}

describe('distillscope import --accept-modified', () => {
  it('refuses a changed package in one line naming the flag, then imports it with the flag, marked', { timeout: 120_000 }, async () => {
    const source = open({ env: { SIM_KEY: 'sk-sim' } })
    const spec = {
      kind: 'rse',
      models: { ref: model('sim-reference'), s: model('sim-student-far'), judge: model('sim-judge') },
      reference: 'ref',
      students: ['s'],
      judge: 'judge',
      promptSets: [{ name: 'g', setId: 'builtin-general-v1', sample: 2 }],
    }
    const { runId } = await source.ok<{ runId: string }>('runs.start', { spec })
    await source.services.runs.manager.settled(runId)
    const files = unzipSync(Buffer.from((await source.ok<{ base64: string }>('runs.exportPackage', { id: runId })).base64, 'base64'))
    files['data/rse-items.jsonl'] = strToU8(strFromU8(files['data/rse-items.jsonl']!).replace('"position":0', '"position":0 '))
    const folder = newDir()
    const zip = join(folder, 'edited.zip')
    writeFileSync(zip, zipSync(files))
    const dataDir = join(folder, 'data')

    const refused = await cli(['import', zip, '--data-dir', dataDir])
    expect(refused.code).toBe(2)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toMatch(/data\/rse-items\.jsonl changed after the package was exported.*--accept-modified/)

    const accepted = await cli(['import', zip, '--data-dir', dataDir, '--accept-modified'])
    expect(accepted.code).toBe(0)
    expect(accepted.stdout).toMatch(/Imported ".*\(imported, modified after export\)" as run /)
  })
})
