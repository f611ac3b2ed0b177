import { describe, expect, it } from 'vitest'
import type { IceAttackRow, TemplateNode } from '../../../../../src/main/core/evaluators/ice'
import { replicateSeed } from '../../../../../src/main/core/evaluators/ice/replicates'
import type { Db } from '../../../../../src/main/storage/database'
import { iceResultRoutes } from '../../../../../src/shared/contract'
import { attackRow, minimalIceSpec } from '../../../../support/ice-fixtures'
import { fixtureResults, openFixtureDb } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

const iceSpec = (replicates?: number) => minimalIceSpec({ seed: 5, replicates })

const node = (replicate: number, id: number, parentId?: number): TemplateNode => ({
  ...(replicate !== 0 ? { replicate } : {}),
  id,
  level: parentId === undefined ? 0 : 1,
  text: `replicate ${replicate} template ${id}`,
  ...(parentId !== undefined ? { parentId, mutator: 'expand' as const, iteration: 1 } : {}),
})

const row = (replicate: number, mutantId: number, questionIndex: number, verdict: 0 | 1): IceAttackRow =>
  attackRow({ replicate, mutantId, questionIndex, verdict, answer: `replicate ${replicate} answer ${questionIndex}` })

/**
 * A finished ICE run: replicate 0 made template 1 from seed 0 and never got a contradiction;
 * replicate 1 made templates 1 and 2, and template 2 was contradicted twice out of three.
 */
function seedRun(db: Db, replicates?: number) {
  const fixture = fixtureResults(db)
  const run = fixture.repos.runs.insert(iceSpec(replicates), `hash-${Math.random()}`, 'ICE fixture')
  const ice = fixture.repos.ice
  ice.saveNodes(run.id, [node(0, 0), node(0, 1, 0)])
  for (let q = 0; q < 3; q++) ice.saveRow(run.id, row(0, 1, q, 0))
  if (replicates === 2) {
    ice.saveNodes(run.id, [node(1, 0), node(1, 1, 0), node(1, 2, 0)])
    for (let q = 0; q < 2; q++) ice.saveRow(run.id, row(1, 1, q, 0))
    for (let q = 0; q < 3; q++) ice.saveRow(run.id, row(1, 2, q, q === 0 ? 0 : 1))
  }
  fixture.repos.runs.setStatus(run.id, 'running')
  fixture.repos.runs.setStatus(run.id, 'completed')
  return { ...fixture, runId: run.id }
}

describe('an ICE run’s tree and template text per replicate (issue 16)', () => {
  it('gives replicate 0’s tree by default, exactly the results’ own, and another replicate’s on request with its seed and scores', () => {
    const { service, runId } = seedRun(openFixtureDb(newDir()), 2)
    const results = service.iceResultsNow(runId)
    const first = service.iceTree(runId)
    expect(first).toEqual({ replicate: 0, seed: 5, templates: results.templates })
    expect(first.templates.map((template) => template.id)).toEqual([0, 1])

    const second = service.iceTree(runId, 1)
    expect(second.replicate).toBe(1)
    expect(second.seed).toBe(replicateSeed(5, 1))
    expect(second.seed).not.toBe(5)
    expect(second.templates.map((template) => [template.id, template.parentId])).toEqual([
      [0, undefined],
      [1, 0],
      [2, 0],
    ])
    const two = second.templates.find((template) => template.id === 2)
    expect(two?.scores?.loose.count).toBe(2)
    expect(two?.scores?.rows).toBe(3)
    // Only a template that got a contradiction joins the pool under the default preset's rule.
    expect(two?.inPool).toBe(true)
    expect(second.templates.find((template) => template.id === 1)?.scores?.rows).toBe(2)
  })

  it('reads a template’s text from the replicate asked for, replicate 0 by default', () => {
    const { service, runId } = seedRun(openFixtureDb(newDir()), 2)
    expect(service.iceTemplate(runId, 1).text).toBe('replicate 0 template 1')
    expect(service.iceTemplate(runId, 1, 1).text).toBe('replicate 1 template 1')
    expect(() => service.iceTemplate(runId, 2)).toThrow('This run has no template number 2.')
    expect(service.iceTemplate(runId, 2, 1).text).toBe('replicate 1 template 2')
    expect(() => service.iceTemplate(runId, 3, 1)).toThrow('This run has no template number 3 in replicate 1.')
  })

  it('refuses a replicate the run does not have, saying which it has', () => {
    const two = seedRun(openFixtureDb(newDir()), 2)
    expect(() => two.service.iceTree(two.runId, 2)).toThrow('This run has no replicate 2: its 2 replicates are numbered 0 to 1.')
    expect(() => two.service.iceTemplate(two.runId, 0, 5)).toThrow('This run has no replicate 5')
    expect(() => two.service.iceRows(two.runId, { only: 'all', replicate: 2, offset: 0, limit: 10 })).toThrow('no replicate 2')

    const one = seedRun(openFixtureDb(newDir()))
    expect(() => one.service.iceTree(one.runId, 1)).toThrow('This run has no replicate 1: its one replicate is numbered 0.')
    // Callers that name no replicate work as they always did.
    expect(one.service.iceTree(one.runId).templates.map((template) => template.id)).toEqual([0, 1])
    expect(one.service.iceTemplate(one.runId, 1).text).toBe('replicate 0 template 1')
    expect(one.service.iceRows(one.runId, { only: 'all', offset: 0, limit: 10 }).total).toBe(3)
  })

  it('pages one replicate’s rows and counts them, each row naming its replicate', () => {
    const { service, runId } = seedRun(openFixtureDb(newDir()), 2)
    const all = service.iceRows(runId, { only: 'all', offset: 0, limit: 50 })
    expect(all.total).toBe(8)
    const second = service.iceRows(runId, { only: 'all', replicate: 1, offset: 0, limit: 50 })
    expect(second.total).toBe(5)
    expect(second.rows.every((view) => view.replicate === 1)).toBe(true)
    const first = service.iceRows(runId, { only: 'all', replicate: 0, offset: 0, limit: 2 })
    expect(first.total).toBe(3)
    expect(first.rows.map((view) => [view.replicate, view.questionIndex])).toEqual([
      [undefined, 0],
      [undefined, 1],
    ])
    expect(service.iceRows(runId, { only: 'loose', replicate: 1, offset: 0, limit: 50 }).total).toBe(2)
    expect(service.iceRows(runId, { only: 'loose', replicate: 0, offset: 0, limit: 50 }).total).toBe(0)
    // A template id means replicate 0's template unless a replicate is named: each replicate numbers its own.
    expect(service.iceRows(runId, { only: 'all', mutantId: 1, offset: 0, limit: 50 }).total).toBe(3)
    expect(service.iceRows(runId, { only: 'all', mutantId: 1, replicate: 1, offset: 0, limit: 50 }).total).toBe(2)
  })
})

describe('the tree and template routes’ replicate (issue 16)', () => {
  const tree = iceResultRoutes['results.iceTree'].input
  const template = iceResultRoutes['results.iceTemplate'].input

  it('is optional, so every caller naming none reads replicate 0', () => {
    expect(tree.parse({ runId: 'r1' })).toEqual({ runId: 'r1' })
    expect(template.parse({ runId: 'r1', nodeId: 3 })).toEqual({ runId: 'r1', nodeId: 3 })
    expect(tree.parse({ runId: 'r1', replicate: 9 })).toEqual({ runId: 'r1', replicate: 9 })
  })

  it('is a whole number from 0 below the most replicates a run can have, with a clear message otherwise', () => {
    const message = (input: unknown) => tree.safeParse(input).error?.issues[0]?.message
    expect(message({ runId: 'r1', replicate: 1.5 })).toBe('Enter a whole number')
    expect(message({ runId: 'r1', replicate: -1 })).toMatch(/0.*9/)
    expect(message({ runId: 'r1', replicate: 10 })).toMatch(/0.*9/)
    expect(template.safeParse({ runId: 'r1', nodeId: 0, replicate: '1' }).success).toBe(false)
    expect(tree.safeParse({ runId: 'r1', replica: 1 }).success).toBe(false)
  })
})
