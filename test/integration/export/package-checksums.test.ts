import { createHash } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { useServices } from '../../support/services'

/**
 * Issue 12, item 5: the manifest carries a SHA-256 of every data file, so a package changed after
 * export is refused, or imported only when the person accepts it, and then marked as changed.
 */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, apiKeyEnv: 'SIM_KEY' })
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function exportedPackage(): Promise<Record<string, Uint8Array>> {
  const source = open({ env: { SIM_KEY: 'sk-sim' } })
  const spec = {
    kind: 'rse',
    models: { ref: model('sim-reference'), s: model('sim-student-far'), judge: model('sim-judge') },
    reference: 'ref',
    students: ['s'],
    judge: 'judge',
    promptSets: [{ name: 'g', setId: 'builtin-general-v1', sample: 3 }],
  }
  const { runId } = await source.ok<{ runId: string }>('runs.start', { spec })
  await source.services.runs.manager.settled(runId)
  const exported = await source.ok<{ base64: string }>('runs.exportPackage', { id: runId })
  return unzipSync(Buffer.from(exported.base64, 'base64'))
}

/** The package with one answer's text changed; the line stays valid, only the checksum tells. */
function tampered(files: Record<string, Uint8Array>): string {
  const answers = strFromU8(files['data/rse-answers.jsonl']!).split('\n')
  const first = JSON.parse(answers[0]!) as { text?: string }
  answers[0] = JSON.stringify({ ...first, text: `${first.text ?? ''} (edited)` })
  return Buffer.from(zipSync({ ...files, 'data/rse-answers.jsonl': strToU8(answers.join('\n')) })).toString('base64')
}

describe('package checksums', { timeout: 120_000 }, () => {
  it('the manifest has the SHA-256 of every data file', async () => {
    const files = await exportedPackage()
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { checksums?: Record<string, string> }
    for (const name of ['spec.json', 'data/rse-items.jsonl', 'data/rse-answers.jsonl', 'data/rse-judgments.jsonl']) {
      expect(manifest.checksums?.[name], name).toBe(sha256(files[name]!))
    }
  })

  it('refuses a package changed after export, naming the file, and stores nothing', async () => {
    const base64 = tampered(await exportedPackage())
    const { call, ok } = open()
    const result = await call('runs.importPackage', { fileName: 'edited.zip', base64 })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/data\/rse-answers\.jsonl.*changed after .*export/)
    expect(await ok<unknown[]>('runs.list')).toHaveLength(0)
  })

  it('imports it when the person accepts the change, marked "modified after export" in the list and the detail', async () => {
    const base64 = tampered(await exportedPackage())
    const { ok } = open()
    const { runId } = await ok<{ runId: string }>('runs.importPackage', { fileName: 'edited.zip', base64, acceptModified: true })
    const [listed] = await ok<{ id: string; name: string }[]>('runs.list')
    expect(listed).toMatchObject({ id: runId, name: expect.stringMatching(/modified after export/) })
    expect(await ok<{ name: string }>('runs.get', { id: runId })).toMatchObject({ name: expect.stringMatching(/modified after export/) })
  })

  it('an untouched package imports without the mark', async () => {
    const files = await exportedPackage()
    const { ok } = open()
    const { runId } = await ok<{ runId: string }>('runs.importPackage', { fileName: 'same.zip', base64: Buffer.from(zipSync(files)).toString('base64') })
    expect((await ok<{ name: string }>('runs.get', { id: runId })).name).toMatch(/\(imported\)$/)
  })
})
