import { describe, expect, it } from 'vitest'
import type { Db } from '../../../../../src/main/storage/database'
import { createRseChecksRepo } from '../../../../../src/main/storage/repos/rse-checks'
import { createRseResultsRepo } from '../../../../../src/main/storage/repos/rse-results'
import { createRunsRepo } from '../../../../../src/main/storage/repos/runs'
import { specHasChecks } from '../../../../../src/main/services/runs/rse-item-checks'
import type { RseSpec, RunSpec } from '../../../../../src/shared/contract/run-spec'
import { fixtureResults, openFixtureDb, rseSpec } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

/** The fixture's spec with a panel of two judges (listed j2 first) and issue 16's checks. */
const panelSpec = {
  ...rseSpec,
  models: { ...(rseSpec.models as object), j1: { provider: 'simulator', model: 'sim-j1' }, j2: { provider: 'simulator', model: 'sim-j2' } },
  judge: undefined,
  judges: ['j2', 'j1'],
} as unknown as RunSpec
const checksSpec = { ...panelSpec, calibration: true, studentSamples: 3, positionCheck: 2 } as RunSpec

/**
 * A run of two prompts of set `general` answered by `close` and `far`, each with further samples and
 * floor, swap and ceiling judgements that name their prompt, so rows that stray from their item show.
 */
function seedChecksRun(db: Db, spec: RunSpec = checksSpec): string {
  const run = createRunsRepo(db).insert(spec, `hash-${Math.random()}`, 'Checks run')
  const rse = createRseResultsRepo(db)
  const checks = createRseChecksRepo(db)
  const items = ['p1', 'p2'].map((itemId, position) => ({ setName: 'general', itemId, position, prompt: `Prompt ${itemId}` }))
  rse.saveItems(run.id, items)
  for (const { itemId } of items) {
    rse.saveAnswer(run.id, { modelAlias: 'ref', setName: 'general', itemId, text: `Reference on ${itemId}`, costUsd: 0, cached: false })
    for (const student of ['close', 'far']) {
      rse.saveAnswer(run.id, { modelAlias: student, setName: 'general', itemId, text: `${student} on ${itemId}`, costUsd: 0, cached: false })
      const answer = { modelAlias: student, setName: 'general', itemId, costUsd: 0, cached: false }
      checks.saveExtraAnswer(run.id, { ...answer, sample: 2, text: `${student} on ${itemId}, third` })
      checks.saveExtraAnswer(run.id, { ...answer, sample: 1, errorClass: 'timeout', errorMessage: `timed out on ${itemId}` })
      const base = { studentAlias: student, setName: 'general', itemId, reasked: false }
      for (const judgeAlias of ['j1', 'j2']) {
        checks.saveCheckJudgment(run.id, { ...base, judgeAlias, kind: 'sample', sample: 2, overall: judgeAlias === 'j1' ? 4 : 3 })
        checks.saveCheckJudgment(run.id, { ...base, judgeAlias, kind: 'floor', sample: 0, pairedItem: itemId === 'p1' ? 'p2' : 'p1', overall: 1 })
      }
      checks.saveCheckJudgment(run.id, { ...base, judgeAlias: 'j1', kind: 'swap', sample: 0, failedReason: `no score found on ${itemId}` })
    }
    checks.saveCheckJudgment(run.id, {
      studentAlias: 'ref',
      setName: 'general',
      itemId,
      reasked: false,
      judgeAlias: 'j2',
      kind: 'ceiling',
      sample: 1,
      overall: 5,
    })
  }
  return run.id
}

const firstRow = { student: 'close', set: 'general', onlyFailed: false, offset: 0, limit: 1 }

describe("an item row's further samples and checks (the item drawer, issue 16)", () => {
  it("carries this student's samples and this prompt's checks only, each judge's verdict in the panel's order", () => {
    const db = openFixtureDb(newDir())
    const runId = seedChecksRun(db)
    const { rows } = fixtureResults(db).service.rseItems(runId, { ...firstRow, checks: true })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ itemId: 'p1', student: 'close', candidate: { text: 'close on p1' } })
    expect(rows[0]!.furtherSamples).toEqual([
      { sample: 1, error: 'timed out on p1', judges: [] },
      {
        sample: 2,
        text: 'close on p1, third',
        judges: [
          { judge: 'j2', overall: 3 },
          { judge: 'j1', overall: 4 },
        ],
      },
    ])
    expect(rows[0]!.checks).toEqual([
      { kind: 'ceiling', judges: [{ judge: 'j2', overall: 5 }] },
      {
        kind: 'floor',
        pairedItem: 'p2',
        judges: [
          { judge: 'j2', overall: 1 },
          { judge: 'j1', overall: 1 },
        ],
      },
      { kind: 'swap', judges: [{ judge: 'j1', failedReason: 'no score found on p1' }] },
    ])
  })

  it('gives each row of a page its own item', () => {
    const db = openFixtureDb(newDir())
    const runId = seedChecksRun(db)
    const { rows } = fixtureResults(db).service.rseItems(runId, { onlyFailed: false, offset: 0, limit: 10, checks: true })
    expect(
      rows.map((row) => [row.itemId, row.student, row.furtherSamples?.[1]?.text, row.checks?.find((check) => check.kind === 'floor')?.pairedItem]),
    ).toEqual([
      ['p1', 'close', 'close on p1, third', 'p2'],
      ['p1', 'far', 'far on p1, third', 'p2'],
      // flaky has no further answer and no check judgement of its own: only the reference's ceiling.
      ['p1', 'flaky', undefined, undefined],
      ['p2', 'close', 'close on p2, third', 'p1'],
      ['p2', 'far', 'far on p2, third', 'p1'],
      ['p2', 'flaky', undefined, undefined],
    ])
    expect(rows.find((row) => row.student === 'flaky')?.checks).toEqual([{ kind: 'ceiling', judges: [{ judge: 'j2', overall: 5 }] }])
  })

  it('leaves rows as they were unless asked, and reads nothing for a run whose spec asked for no check', () => {
    const db = openFixtureDb(newDir())
    const runId = seedChecksRun(db)
    const fixture = fixtureResults(db)
    const [plain] = fixture.service.rseItems(runId, firstRow).rows
    expect(plain).not.toHaveProperty('furtherSamples')
    expect(plain).not.toHaveProperty('checks')

    // Rows stored under a spec that asked for no check (none in practice) are not read: the spec decides.
    const withoutChecks = seedChecksRun(db, panelSpec)
    const [row] = fixture.service.rseItems(withoutChecks, { ...firstRow, checks: true }).rows
    expect(row).toMatchObject({ itemId: 'p1', candidate: { text: 'close on p1' } })
    expect(row).not.toHaveProperty('furtherSamples')
    expect(row).not.toHaveProperty('checks')
  })

  it('leaves a field out when the item has nothing of its kind', () => {
    const db = openFixtureDb(newDir())
    const runId = seedChecksRun(db)
    db.prepare("DELETE FROM rse_check_judgments WHERE kind != 'sample'").run()
    const [row] = fixtureResults(db).service.rseItems(runId, { ...firstRow, checks: true }).rows
    expect(row!.furtherSamples).toHaveLength(2)
    expect(row).not.toHaveProperty('checks')
  })

  it('knows which specs asked for a check', () => {
    const base = rseSpec as RseSpec
    expect(specHasChecks(base)).toBe(false)
    expect(specHasChecks({ ...base, studentSamples: 1 })).toBe(false)
    expect(specHasChecks({ ...base, studentSamples: 2 })).toBe(true)
    expect(specHasChecks({ ...base, calibration: true })).toBe(true)
    expect(specHasChecks({ ...base, positionCheck: 0 })).toBe(true)
  })
})
