import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/contract/errors'
import type { JudgesFile } from '../../../shared/contract/judges-file'
import type { PaperJudgeCheckResult } from '../../../shared/contract/paper-judge-check'
import { identityFactFor } from '../../core/evaluators/ice/data/builtin-data'
import { suspectedVendors } from '../../core/evaluators/ice/judges/suspected-vendors'
import { checkAgainstPaper } from '../../core/evaluators/ice/paper-judge-check/check-against-paper'
import type { LlmClient } from '../../core/llm/llm-client'
import type { SpecModelRegistry } from '../models/spec-models'
import { scorePaperLog, type PaperLogFiles } from './paper-log'

export interface PaperJudgeCheckRequest {
  readonly attackLog: PaperLogFiles['attackLog']
  readonly strictCsv?: PaperLogFiles['strictCsv']
  readonly judges: JudgesFile
  /** The log's target, by vendor name or fact id: its identity fact is the loose judge's first statement. */
  readonly target?: string
  /** The target's fact in words, instead of a vendor's built-in one. */
  readonly fact?: string
  /** The strict judge's suspected makers; the paper's OpenAI and Anthropic by default. */
  readonly suspected?: readonly string[]
  readonly sample: number
  readonly seed?: number
  readonly signal?: AbortSignal
  readonly onProgress?: (done: number, total: number) => void
}

/** The loose judge compares the answer with the target's own fact (METHOD.md 2.6): given, or the vendor's built-in one. */
export function targetFactOf(request: Pick<PaperJudgeCheckRequest, 'target' | 'fact'>): string {
  if (request.fact !== undefined && request.fact.trim() !== '') return request.fact.trim()
  if (request.target === undefined)
    throw new AppError(
      'invalid_input',
      "Name the log's target (its vendor, e.g. DeepSeek) or give its identity fact: the loose judge compares answers with it.",
    )
  const fact = identityFactFor(request.target)
  if (fact === undefined) throw new AppError('invalid_input', `No built-in identity fact for "${request.target}"; give the fact in words instead.`)
  return fact.paperForm ?? fact.fact
}

/** Judge against the paper's judge (issue 13 item 5), from the files to the report; the judges' models are released whatever happens. */
export function createPaperJudgeCheck(deps: { readonly llm: LlmClient; readonly models: SpecModelRegistry }) {
  return async (request: PaperJudgeCheckRequest): Promise<PaperJudgeCheckResult> => {
    const fact = targetFactOf(request)
    const scored = scorePaperLog({ attackLog: request.attackLog, ...(request.strictCsv ? { strictCsv: request.strictCsv } : {}), keywords: [] })
    // Only the judges named: a judges file may define other models too, which this check never calls.
    const used = Object.fromEntries(request.judges.judges.map((alias) => [alias, request.judges.models[alias]!]))
    deps.models.checkSaved(used, 'judges file')
    // A missing key or an unusable address is named before the first call, not found in every row's verdict.
    await deps.models.checkReady(used)
    const checkId = `paper-judge-check-${randomUUID()}`
    try {
      const judges = request.judges.judges.map((alias) => {
        const prepared = deps.models.prepareForSpec(checkId, alias, { models: request.judges.models, concurrency: 8 })
        return { alias, modelId: prepared.modelId, model: prepared.model }
      })
      return await checkAgainstPaper(deps.llm, {
        rows: scored.rows,
        judges,
        inputs: { fact, vendors: suspectedVendors(request.suspected) },
        sample: request.sample,
        seed: request.seed ?? 1,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      })
    } finally {
      deps.models.release(checkId)
    }
  }
}

export type PaperJudgeCheck = ReturnType<typeof createPaperJudgeCheck>
