import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { runCliAsync } from './built-app'

/**
 * The malformed-input corpus (issue 12): files a user might really hand Distillscope, each read
 * the way the command line reads that kind of file. `cases.json` lists them with what each is.
 */
export const CORPUS_DIR = resolve('test/fixtures/malformed')

export type Via = 'rse-prompts' | 'ice-questions' | 'ice-seeds' | 'spec' | 'paper-log' | 'paper-strict' | 'package'

export interface CorpusCase {
  readonly file: string
  readonly via: Via
  readonly what: string
}

export function corpusCases(): CorpusCase[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'cases.json'), 'utf8')) as CorpusCase[]
}

const simulated = (model: string) => ({ provider: 'simulator', model })

/** The command line for one case, in `folder` (specs that wrap the file are written there). */
export function commandFor(entry: CorpusCase, folder: string, dataDir: string): string[] {
  const file = join(CORPUS_DIR, entry.file)
  const data = ['--data-dir', dataDir]
  const wrap = (spec: object) => {
    const path = join(folder, 'spec.json')
    writeFileSync(path, JSON.stringify(spec))
    return ['run', path, ...data]
  }
  const ice = (sources: object) => ({
    kind: 'ice',
    models: { target: simulated('sim-target-leaky'), helper: simulated('sim-helper'), judge: simulated('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Qwen, a large language model made by Alibaba Cloud.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    ...sources,
  })
  switch (entry.via) {
    case 'spec':
      return ['run', file, ...data]
    case 'rse-prompts':
      return wrap({
        kind: 'rse',
        models: { ref: simulated('sim-reference'), student: simulated('sim-student-close'), judge: simulated('sim-judge') },
        reference: 'ref',
        students: ['student'],
        judge: 'judge',
        promptSets: [{ name: 'corpus', file }],
      })
    case 'ice-questions':
      return wrap(ice({ questions: { file } }))
    case 'ice-seeds':
      return wrap(ice({ seeds: { file } }))
    case 'paper-log':
      return ['ice', 'import-dq', file]
    case 'paper-strict':
      return ['ice', 'import-dq', join(CORPUS_DIR, 'paper-logs/ok.jsonl'), '--strict', file]
    case 'package':
      return ['import', file, ...data]
  }
}

export type CaseOutcome = Awaited<ReturnType<typeof runCliAsync>>

/** The built command line, as a user runs it; the key variable a spec names is set empty. */
export const runCli = (args: readonly string[]): Promise<CaseOutcome> => runCliAsync(args, { CORPUS_UNSET_OPENAI_KEY: '' })

/** Rows per table of a data folder's database. */
export function rowCounts(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'distillscope.db'), { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]))
  } finally {
    db.close()
  }
}

/** A copy of a prepared data folder for one case, so each case's writes are its own. */
export function copyDataDir(from: string, to: string): string {
  mkdirSync(to, { recursive: true })
  cpSync(from, to, { recursive: true })
  return to
}

/** Runs `work` over `items`, `limit` at a time (the CLI starts in about a second; two cores). */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index]!, index)
      }
    }),
  )
  return results
}
