import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/main/core/log'
import { createServices } from '../../src/main/compose-services'
import { requireBuild } from '../support/built-app'
import { commandFor, copyDataDir, corpusCases, inPool, rowCounts, runCli, type CaseOutcome, type CorpusCase } from '../support/malformed-corpus'
import { EXPECTED } from '../fixtures/malformed/expected'

/**
 * Issue 12's acceptance: every file of the malformed-input corpus is refused as a user error (exit
 * 2, one short message naming the file, line or field, no stack trace) and leaves the database and
 * the data folder exactly as they were.
 */
const root = mkdtempSync(join(tmpdir(), 'distillscope-malformed-'))
const base = join(root, 'base')
const cases = corpusCases()
let outcomes: { entry: CorpusCase; outcome: CaseOutcome; before: Record<string, number>; after: Record<string, number> | undefined; files: string[] }[] = []

beforeAll(async () => {
  requireBuild()
  // A data folder as the app leaves it on first start (built-in sets and facts in place).
  const services = createServices({ dataDir: base, log: silentLogger, env: {} })
  await services.close()
  const before = rowCounts(base)
  const baseFiles = readdirSync(base).sort()
  outcomes = await inPool(cases, 3, async (entry, index) => {
    const folder = join(root, `case-${index}`)
    const dataDir = copyDataDir(base, join(folder, 'data'))
    const outcome = await runCli(commandFor(entry, folder, dataDir))
    const files = readdirSync(dataDir).filter((name) => !baseFiles.includes(name) && name !== 'distillscope.log')
    return { entry, outcome, before, after: existsSync(join(dataDir, 'distillscope.db')) ? rowCounts(dataDir) : undefined, files }
  })
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the malformed-input corpus (issue 12)', () => {
  it('has at least 60 files across prompt sets, questions, seeds, specs, paper logs and packages, each with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    expect(new Set(cases.map((entry) => entry.via))).toEqual(
      new Set(['rse-prompts', 'ice-questions', 'ice-seeds', 'spec', 'paper-log', 'paper-strict', 'package']),
    )
    expect(Object.keys(EXPECTED).sort()).toEqual(cases.map((entry) => entry.file).sort())
  })

  it.each(cases.map((entry) => [entry.file, entry.what] as const))('%s (%s): exit 2, the expected message, no stack trace, nothing written', (file) => {
    const result = outcomes.find((candidate) => candidate.entry.file === file)!
    const expected = EXPECTED[file]!
    const { code, stderr } = result.outcome
    expect({ code, stderr: stderr.trim() }).toMatchObject({ code: 2 })
    expect(stderr).toMatch(expected)
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(stderr.trim().split('\n').length, stderr).toBeLessThanOrEqual(3)
    if (result.after) expect(result.after).toEqual(result.before)
    expect(result.files).toEqual([])
  })
})
