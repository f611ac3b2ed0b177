import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/storage/database'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { CLI, requireBuild, runCli, runCliAsync } from '../../support/built-app'

/**
 * The command line is killed (SIGKILL, no chance to tidy up) in the middle of a run, then the same
 * command is run again: it must finish with exactly the table of an uninterrupted run, sending only
 * what had not been stored. The simulator lives in this test process, so it outlives the kill.
 */
const ITEMS = 30
const STUDENTS = 2
const NEEDED = ITEMS + ITEMS * STUDENTS * 2 // reference + students + judge
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-crash-'))

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0, latencyMs: 40 })
  const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
  const spec = {
    kind: 'rse',
    models: { ref: model('sim-reference'), close: model('sim-student-close'), far: model('sim-student-far'), judge: model('sim-judge') },
    reference: 'ref',
    students: ['close', 'far'],
    judge: 'judge',
    promptSets: [{ name: 'arena-hard', file: resolve('../shared/data/arena-hard-v0.1/question.jsonl'), sample: ITEMS, seed: 5 }],
    concurrency: 4,
  }
  writeFileSync(join(folder, 'spec.json'), JSON.stringify(spec))
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const chatRequests = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length

async function runUntilKilled(dataDir: string, afterRequests: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'run', join(folder, 'spec.json'), '--data-dir', dataDir], { stdio: 'ignore' })
  const start = chatRequests()
  while (chatRequests() - start < afterRequests) {
    if (child.exitCode !== null) throw new Error('the run ended before it could be killed')
    await new Promise((resolveWait) => setTimeout(resolveWait, 10))
  }
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit))
  child.kill('SIGKILL')
  await exited
}

describe('crash and resume', () => {
  it('finishes a killed run with the uninterrupted table, resending nothing that was stored', { timeout: 120_000 }, async () => {
    const crashed = join(folder, 'crashed')
    await runUntilKilled(crashed, 40)
    const db = openDatabase(join(crashed, 'distillscope.db'), { readonly: true })
    const stored = (db.prepare('SELECT COUNT(*) AS n FROM llm_cache').get() as { n: number }).n
    db.close()
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(NEEDED)

    const before = chatRequests()
    const resumed = await runCliAsync(['run', join(folder, 'spec.json'), '--data-dir', crashed, '--json'])
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(/Resuming run/)
    expect(chatRequests() - before).toBe(NEEDED - stored)

    const fresh = await runCliAsync(['run', join(folder, 'spec.json'), '--data-dir', join(folder, 'uninterrupted'), '--json'])
    expect(fresh.code, fresh.stderr).toBe(0)
    const table = (output: string) => (JSON.parse(output) as { results: unknown }).results
    expect(table(resumed.stdout)).toEqual(table(fresh.stdout))
  })

  it('pauses cleanly on Ctrl+C and resumes when the same command is run again', { timeout: 120_000 }, async () => {
    const dataDir = join(folder, 'interrupted')
    const child = spawn(process.execPath, [CLI, 'run', join(folder, 'spec.json'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const start = chatRequests()
    while (chatRequests() - start < 30) await new Promise((resolveWait) => setTimeout(resolveWait, 10))
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stderr).toMatch(/Run the same command again to resume/)
    const again = await runCliAsync(['run', join(folder, 'spec.json'), '--data-dir', dataDir, '--json'])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toMatch(/Resuming run/)
  })

  it('refuses a spec with mistakes, naming the file and each field, before doing anything', () => {
    const bad = join(folder, 'bad.json')
    writeFileSync(bad, JSON.stringify({ kind: 'rse', models: {}, reference: 'ref', students: ['s'], judge: 'j', promptSets: [] }))
    const result = runCli(['run', bad, '--data-dir', join(folder, 'unused')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(bad)
    expect(result.stderr).toMatch(/reference: "ref" is not one of the models/)
    expect(result.stderr).toMatch(/promptSets:/)
    writeFileSync(bad, '{ not json')
    expect(runCli(['run', bad]).stderr).toMatch(/is not valid JSON/)
  })
})
