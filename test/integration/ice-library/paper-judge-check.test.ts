import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import type { PaperAgreement } from '../../../src/shared/contract/paper-judge-check'
import { attackLogOf, paperRows, strictCsvOf } from '../../support/paper-log-files'
import { useServices } from '../../support/services'

/**
 * Judge against the paper's judge on the simulator: a log in the paper's format (generated, as the
 * other paper-log tests do: the shared data holds the published verdicts, not the logs' texts),
 * re-judged under "As published" by sim-judge (which should mostly agree) and sim-judge-contrary
 * (reversed verdicts: it must disagree beyond chance).
 */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom' as const, baseURL: `${simulator.url}/v1`, model: id })
const rows = paperRows()
const files = {
  attackLog: { fileName: 'attack.jsonl', content: attackLogOf(rows) },
  strictCsv: { fileName: 'strict.csv', content: strictCsvOf(rows).text },
}
const cells = (agreement: PaperAgreement) =>
  agreement.matrix.bothPositive + agreement.matrix.judgeOnlyPositive + agreement.matrix.referenceOnlyPositive + agreement.matrix.bothNegative

describe('judge against the paper judge', () => {
  it('compares each judge and their majority with the paper labels, counting every request', { timeout: 120_000 }, async () => {
    const { services } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    simulator.reset()
    const progress: number[] = []
    const result = await services.paperJudgeCheck({
      ...files,
      judges: { models: { plain: model('sim-judge'), contrary: model('sim-judge-contrary') }, judges: ['plain', 'contrary'] },
      target: 'DeepSeek',
      sample: 60,
      seed: 3,
      onProgress: (done) => progress.push(done),
    })
    expect(result.sample).toBe(60)
    expect(progress.at(-1)).toBe(60)
    const [plain, contrary] = result.judges
    for (const judge of [plain!, contrary!]) {
      expect(cells(judge.loose) + judge.loose.unreadable).toBe(60)
      expect(judge.loose.accuracy).toBeGreaterThanOrEqual(0)
      expect(judge.loose.accuracy).toBeLessThanOrEqual(1)
      // Strict only on the sample's loose positives, as the paper's rejudge.py.
      expect(cells(judge.strict!) + judge.strict!.unreadable).toBe(result.strata.loosePositive)
    }
    expect(plain!.loose.kappa).toBeGreaterThan(0)
    expect(contrary!.loose.kappa).toBeLessThan(0)
    // Two judges that reverse each other tie on every row they both read.
    expect(result.panel!.loose.splits).toBeGreaterThan(0)
    expect(result.requests).toBe(simulator.requestLog.length)
    expect(result.requests).toBeGreaterThanOrEqual((60 + result.strata.loosePositive) * 2)

    // The same check again is answered from the cache, with the same report.
    const again = await services.paperJudgeCheck({
      ...files,
      judges: { models: { plain: model('sim-judge'), contrary: model('sim-judge-contrary') }, judges: ['plain', 'contrary'] },
      target: 'DeepSeek',
      sample: 60,
      seed: 3,
    })
    expect(again.judges).toEqual(result.judges)
    expect(again.fromCache).toBe(again.requests)
  })

  it('stops on cancel, and refuses a log with no known target fact', { timeout: 60_000 }, async () => {
    const { services } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    const judges = { models: { plain: model('sim-judge') }, judges: ['plain'] }
    await expect(services.paperJudgeCheck({ ...files, judges, target: 'Nobody Inc', sample: 10 })).rejects.toThrow(/No built-in identity fact for "Nobody Inc"/)
    const controller = new AbortController()
    controller.abort()
    await expect(services.paperJudgeCheck({ ...files, judges, target: 'DeepSeek', sample: 10, signal: controller.signal })).rejects.toThrow()
  })

  it('through the route: refuses a judge chosen twice by field, and cancels nothing unknown', async () => {
    const { call, ok } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    const refused = await call('ice.paperJudge.run', { checkId: 'check-0001', ...files, judges: ['m1', 'm1'], fact: 'I am DeepSeek.', sample: 10 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid_input')
      expect(refused.error.issues).toContainEqual({ path: 'judges', message: 'Each judge can be chosen once.' })
    }
    const missing = await call('ice.paperJudge.run', { checkId: 'check-0002', ...files, judges: ['no-such-model'], fact: 'I am DeepSeek.', sample: 10 })
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.message).toContain('"no-such-model", which does not exist')
    expect(await ok('ice.paperJudge.cancel', { checkId: 'check-0003' })).toEqual({ cancelled: false })
  })
})

describe('judge against the paper judge, before any call', () => {
  it('names a judge whose key cannot be read, and sends nothing', { timeout: 30_000 }, async () => {
    const { services } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    simulator.reset()
    const judges = { models: { paid: { provider: 'openai' as const, model: 'gpt-4o-mini', apiKeyEnv: 'NO_SUCH_KEY_FOR_TESTS' } }, judges: ['paid'] }
    await expect(services.paperJudgeCheck({ ...files, judges, target: 'DeepSeek', sample: 10 })).rejects.toThrow(/paid|NO_SUCH_KEY_FOR_TESTS/)
    expect(simulator.requestLog).toHaveLength(0)
  })
})
