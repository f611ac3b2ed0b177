import { createHash } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { IceReplicateState } from '../../../src/main/core/evaluators/ice/ports'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../../src/main/storage/repos/runs'
import type { IceResults } from '../../../src/shared/contract'
import { attackRow, minimalIceSpec } from '../../support/ice-fixtures'
import { useServices } from '../../support/services'

/**
 * A paper package carries every ICE replicate's stop state (data/ice-states.json), so an imported
 * run of several replicates says where each one stopped, as the exported run does; a package from
 * before that file still imports, with replicate 0's state from data/ice-state.json.
 */
const open = useServices()
const STATES_FILE = 'data/ice-states.json'
const STATE_FILE = 'data/ice-state.json'

/** Three replicates, each stopped for its own reason after its own number of iterations. */
const STATES: IceReplicateState[] = [
  { replicate: 0, stopReason: 'max_query', iterations: 4 },
  { replicate: 1, stopReason: 'stalled', iterations: 2 },
  { replicate: 2, stopReason: 'max_success', iterations: 6 },
]

const INPUTS = {
  questions: { name: 'questions', contentHash: 'q-hash', items: [0, 1].map((i) => ({ id: `q${i}`, text: `Question ${i}?` })) },
  seeds: { name: 'seeds', contentHash: 's-hash', items: [{ id: 's0', text: 'Seed {question}' }] },
  fact: 'I am Simulated Model.',
  vendors: [],
  keywords: [],
}

/** A finished three-replicate ICE run stored directly (no fuzzing), exported as a package's files. */
async function exportedRun(): Promise<{ files: Record<string, Uint8Array>; results: IceResults }> {
  const { services, ok } = open()
  const run = createRunsRepo(services.db).insert(minimalIceSpec({ seed: 3, replicates: 3 }), 'hash-states', 'Three replicates')
  const ice = createIceRunsRepo(services.db)
  ice.saveInputs(run.id, INPUTS)
  for (const { replicate, iterations } of STATES) {
    ice.saveNodes(run.id, [
      { ...(replicate ? { replicate } : {}), id: 0, level: 0, text: 'Seed {question}', seedId: 's0' },
      { ...(replicate ? { replicate } : {}), id: 1, level: 1, text: 'T', parentId: 0, mutator: 'expand', iteration: 1 },
    ])
    for (let q = 0; q < 2; q++) ice.saveRow(run.id, attackRow({ replicate, mutantId: 1, questionIndex: q, verdict: q === 0 ? 1 : 0, iteration: iterations }))
    ice.saveState(run.id, { stopReason: STATES[replicate]!.stopReason, iterations }, replicate)
  }
  createRunsRepo(services.db).setStatus(run.id, 'running')
  createRunsRepo(services.db).setStatus(run.id, 'completed')
  const results = await ok<IceResults>('results.ice', { runId: run.id })
  const exported = await ok<{ base64: string }>('runs.exportPackage', { id: run.id })
  return { files: unzipSync(Buffer.from(exported.base64, 'base64')), results }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const base64Of = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files)).toString('base64')

/** The package with files replaced (undefined removes one), its manifest's file list and checksums kept in step. */
function rewritten(files: Record<string, Uint8Array>, changes: Record<string, string | undefined>): string {
  const next = { ...files }
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: string[]; checksums: Record<string, string> }
  for (const [name, text] of Object.entries(changes)) {
    if (text === undefined) {
      delete next[name]
      manifest.files = manifest.files.filter((file) => file !== name)
      delete manifest.checksums[name]
    } else {
      next[name] = strToU8(text)
      manifest.checksums[name] = sha256(next[name])
    }
  }
  next['manifest.json'] = strToU8(JSON.stringify(manifest))
  return base64Of(next)
}

async function importInto(base64: string, options: { acceptModified?: boolean } = {}) {
  const target = open()
  const { runId } = await target.ok<{ runId: string }>('runs.importPackage', { fileName: 'states.zip', base64, ...options })
  return { ...target, runId, results: await target.ok<IceResults>('results.ice', { runId }) }
}

describe('every ICE replicate’s stop state in a paper package', { timeout: 120_000 }, () => {
  it('is written in data/ice-states.json, ice-state.json keeping replicate 0’s, and listed with its checksum', async () => {
    const { files } = await exportedRun()
    expect(JSON.parse(strFromU8(files[STATES_FILE]!))).toEqual(STATES)
    expect(JSON.parse(strFromU8(files[STATE_FILE]!))).toEqual({ stopReason: 'max_query', iterations: 4 })
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { version: number; files: string[]; checksums: Record<string, string> }
    expect(manifest.version).toBe(1)
    expect(manifest.files).toContain(STATES_FILE)
    expect(manifest.checksums[STATES_FILE]).toBe(sha256(files[STATES_FILE]!))
  })

  it('imports into a run whose results show each replicate’s own stop reason and iterations, as the exported run’s do', async () => {
    const { files, results } = await exportedRun()
    expect(results.fuzz.replicates).toEqual(STATES)
    const { results: imported } = await importInto(base64Of(files))
    expect(imported.fuzz).toEqual(results.fuzz)
    expect(imported.fuzz).toMatchObject({ stopReason: 'max_query', iterations: 4 })
  })

  it('an older package without the file imports with replicate 0’s state only; the others show no stop reason', async () => {
    const { files } = await exportedRun()
    const { results } = await importInto(rewritten(files, { [STATES_FILE]: undefined }))
    expect(results.fuzz.replicates).toEqual([STATES[0], { replicate: 1, iterations: 2 }, { replicate: 2, iterations: 6 }])
    expect(results.fuzz).toMatchObject({ stopReason: 'max_query', iterations: 4 })
  })

  it.each([
    [
      'a replicate twice',
      [STATES[0], STATES[1], { ...STATES[2], replicate: 1 }],
      /data\/ice-states\.json is not valid: 2\.replicate: replicate 1 appears more than once/,
    ],
    ['negative iterations', [STATES[0], { ...STATES[1], iterations: -1 }], /data\/ice-states\.json is not valid: 1\.iterations/],
    ['not an array', { replicate: 0, stopReason: 'max_query', iterations: 4 }, /data\/ice-states\.json is not valid: value/],
    ['an unknown field', [{ ...STATES[0], note: 'x' }], /data\/ice-states\.json is not valid: 0: /],
    ['a replicate 0 other than ice-state.json’s', [{ ...STATES[0], iterations: 9 }], /data\/ice-states\.json does not agree with its data\/ice-state\.json/],
  ])('a package whose data/ice-states.json has %s is refused, naming the file, and nothing is imported', async (_, states, message) => {
    const { files } = await exportedRun()
    const { call, ok } = open()
    const result = await call('runs.importPackage', { fileName: 'bad.zip', base64: rewritten(files, { [STATES_FILE]: JSON.stringify(states) }) })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(message)
    expect(await ok<unknown[]>('runs.list')).toHaveLength(0)
  })

  it('a data/ice-states.json changed after export is reported as modified, and imported as changed only when accepted', async () => {
    const { files } = await exportedRun()
    const edited = STATES.map((state) => (state.replicate === 2 ? { ...state, iterations: 5 } : state))
    const tampered = base64Of({ ...files, [STATES_FILE]: strToU8(JSON.stringify(edited)) })
    const { call, ok } = open()
    const refused = await call('runs.importPackage', { fileName: 'edited.zip', base64: tampered })
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^edited\.zip: data\/ice-states\.json changed after/),
    })
    expect(await ok<unknown[]>('runs.list')).toHaveLength(0)
    const { results } = await importInto(tampered, { acceptModified: true })
    expect(results.fuzz.replicates?.[2]).toEqual({ replicate: 2, stopReason: 'max_success', iterations: 5 })
  })
})
