import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildZip, deflatedZeros, textEntry, type HandmadeEntry } from '../../support/handmade-zip'
import { useTempDirs } from '../../support/temp-dir'

/**
 * Issue 12, item 5: a small zip must not drive the package import to gigabytes. Each package is
 * read in a child process (the app's reader, from the sources) so its peak memory is its own.
 */
const newDir = useTempDirs()
const READER = resolve('src/main/export/package/read-package.ts')
const MEMORY_LIMIT_MB = 300

const model = (id: string) => ({ provider: 'custom', baseURL: 'http://127.0.0.1:9/v1', model: id })
const spec = {
  kind: 'rse',
  models: { ref: model('r'), s: model('s'), judge: model('j') },
  reference: 'ref',
  students: ['s'],
  judge: 'judge',
  promptSets: [{ name: 'g', setId: 'builtin-general-v1', sample: 1 }],
}
const manifest = {
  format: 'distillscope-paper-package',
  version: 1,
  app: { name: 'Distillscope', version: '0.0.0' },
  exportedAt: '2026-01-01T00:00:00.000Z',
  run: { id: 'run-1', kind: 'rse', name: 'bomb', status: 'completed', createdAt: '2026-01-01T00:00:00.000Z' },
  models: [],
  method: {},
  inputs: [],
  calls: { sent: 0, cached: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
  files: ['manifest.json', 'spec.json', 'data/rse-items.jsonl', 'data/rse-answers.jsonl', 'data/rse-judgments.jsonl'],
}
const item = { setName: 'g', itemId: '1', position: 0, prompt: 'Hi' }

const head = [textEntry('manifest.json', JSON.stringify(manifest)), textEntry('spec.json', JSON.stringify(spec))]
const honestData = [
  textEntry('data/rse-items.jsonl', `${JSON.stringify(item)}\n`),
  textEntry('data/rse-answers.jsonl', ''),
  textEntry('data/rse-judgments.jsonl', ''),
]

/** Zeros that inflate to `megabytes` MB while the headers say `declared` bytes. */
const zeros = (name: string, megabytes: number, declared: number, localDeclared?: number): HandmadeEntry => ({
  name,
  deflated: deflatedZeros(megabytes),
  declaredSize: declared,
  ...(localDeclared === undefined ? {} : { localDeclaredSize: localDeclared }),
})

function readInChild(entries: readonly HandmadeEntry[]): { imported: boolean; message?: string; maxRssMb: number } {
  const file = join(newDir(), 'package.zip')
  writeFileSync(file, buildZip(entries))
  const child = spawnSync(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      resolve('test/support/ts-child-hooks.mjs'),
      resolve('test/support/read-package-child.mjs'),
      READER,
      file,
    ],
    { encoding: 'utf8', timeout: 50_000 },
  )
  if (child.status !== 0) throw new Error(`the reader's process failed (${child.status ?? child.signal}): ${child.stderr}`)
  return JSON.parse(child.stdout) as { imported: boolean; message?: string; maxRssMb: number }
}

describe('package bombs', () => {
  it('reads a small honest package (the child process works)', () => {
    const outcome = readInChild([...head, ...honestData])
    expect(outcome).toMatchObject({ imported: true })
  })

  it('refuses an entry that inflates past the size both its headers declare, without inflating the rest', { timeout: 60_000 }, () => {
    const [items, , judgments] = honestData
    const outcome = readInChild([...head, items!, zeros('data/rse-answers.jsonl', 1000, 1000), judgments!])
    expect(outcome.imported).toBe(false)
    expect(outcome.message).toMatch(/data\/rse-answers\.jsonl holds more than its zip header says/)
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('refuses an entry whose local header lies differently from the central directory', { timeout: 60_000 }, () => {
    const [items, , judgments] = honestData
    const outcome = readInChild([...head, items!, zeros('data/rse-answers.jsonl', 1000, 1000, 0), judgments!])
    expect(outcome.imported).toBe(false)
    expect(outcome.message).toMatch(/data\/rse-answers\.jsonl/)
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('refuses a manifest that is a bomb before reading anything else', { timeout: 60_000 }, () => {
    const outcome = readInChild([zeros('manifest.json', 1000, 200), ...head.slice(1), ...honestData])
    expect(outcome.imported).toBe(false)
    expect(outcome.message).toMatch(/manifest\.json holds more than its zip header says/)
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('refuses an entry declared larger than a package file can be, before inflating it', { timeout: 60_000 }, () => {
    const [items, , judgments] = honestData
    const outcome = readInChild([...head, items!, zeros('data/rse-answers.jsonl', 1000, 1000 * 1024 * 1024), judgments!])
    expect(outcome.imported).toBe(false)
    expect(outcome.message).toMatch(/data\/rse-answers\.jsonl unpacks to more than \d+ MB/)
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('refuses data files that are each allowed but together too large', { timeout: 60_000 }, () => {
    const sixty = 60 * 1024 * 1024
    const entries = [
      ...head,
      zeros('data/rse-items.jsonl', 60, sixty),
      zeros('data/rse-answers.jsonl', 60, sixty),
      zeros('data/rse-judgments.jsonl', 60, sixty),
    ]
    const outcome = readInChild(entries)
    expect(outcome.imported).toBe(false)
    expect(outcome.message).toMatch(/unpacks to more than \d+ MB in all/)
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('never inflates an entry the package does not use', { timeout: 60_000 }, () => {
    const outcome = readInChild([zeros('aaa-padding.bin', 900, 900 * 1024 * 1024), ...head, ...honestData])
    expect(outcome).toMatchObject({ imported: true })
    expect(outcome.maxRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })
})
