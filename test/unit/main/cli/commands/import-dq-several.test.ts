import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { iceCommand } from '../../../../../src/main/cli/commands/ice'

/** Issue 14: `ice import-dq` with several logs prints their pairwise loose differences, with intervals. */
const MODELS = (JSON.parse(readFileSync(resolve('../shared/data/paper-ice/loose-verdicts.json'), 'utf8')) as { models: Record<string, { matrix: string[] }> })
  .models

const dirs: string[] = []
afterEach(() => {
  vi.restoreAllMocks()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A log in the paper's format per model, each in its own folder under the same file name. */
function writeLogs(models: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'import-dq-'))
  dirs.push(dir)
  return models.map((model) => {
    const lines = MODELS[model]!.matrix.flatMap((line, t) =>
      [...line].map((cell, q) =>
        JSON.stringify({ jailbreak_prompt: `${model} template ${t}: {query}`, query: `Question ${q}?`, target_responses: ['a'], eval_results: cell === '1' }),
      ),
    )
    mkdirSync(join(dir, model))
    const path = join(dir, model, 'attack_log.jsonl')
    writeFileSync(path, lines.join('\n'))
    return path
  })
}

async function run(args: string[]): Promise<{ code: number | undefined; stdout: string }> {
  let stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  let code: number | undefined
  await iceCommand((value) => (code = value)).parseAsync(['import-dq', ...args], { from: 'user' })
  return { code, stdout }
}

describe('ice import-dq with several logs', () => {
  it('prints each log, then the pairwise loose differences and whether each pair is separable', async () => {
    const [glm, deepseek, claude] = writeLogs(['GLM-4-Plus', 'DeepSeek-V3', 'Claude3.5-Sonnet'])
    const { code, stdout } = await run([glm!, deepseek!, claude!])
    expect(code).toBe(0)
    expect(stdout).toMatch(/loose\s+418\s+0\.418\s+0\.\d{3}-0\.\d{3}\s+two-way bootstrap \(templates and questions\); rows independent 0\.388-0\.449/)
    expect(stdout).toMatch(/GLM-4-Plus\/attack_log\.jsonl - .*DeepSeek-V3\/attack_log\.jsonl\s+\+0\.079\s+-0\.0\d{2} to \+0\.[12]\d{2}\s+not separable/)
    expect(stdout).toMatch(/GLM-4-Plus\/attack_log\.jsonl - .*Claude3\.5-Sonnet\/attack_log\.jsonl\s+\+0\.411\s+\+0\.\d{3} to \+0\.\d{3}\s+separable/)
  })

  it('--json gives logs and pairs with ci, ciMethod and separable', async () => {
    const [glm, deepseek] = writeLogs(['GLM-4-Plus', 'DeepSeek-V3'])
    const json = JSON.parse((await run([glm!, deepseek!, '--json'])).stdout) as {
      logs: { name: string; intervals: { loose: { ciMethod: string } } }[]
      pairs: { a: string; b: string; diff: number; ci: number[]; ciMethod: string; separable: boolean }[]
    }
    expect(json.logs.map((log) => log.name)).toEqual([glm, deepseek])
    expect(json.logs[0]!.intervals.loose.ciMethod).toBe('two-way-cluster-bootstrap')
    expect(json.pairs).toEqual([
      {
        a: glm,
        b: deepseek,
        diff: expect.closeTo(0.079, 12),
        ci: [expect.any(Number), expect.any(Number)],
        ciMethod: 'two-way-cluster-bootstrap',
        separable: false,
        sharedTemplates: false,
      },
    ])
  })

  it('refuses --strict with several logs (exit 2)', async () => {
    const [glm, deepseek] = writeLogs(['GLM-4-Plus', 'DeepSeek-V3'])
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    expect((await run([glm!, deepseek!, '--strict', 'x.csv'])).code).toBe(2)
  })
})
