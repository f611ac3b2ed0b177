import type { CallTotals, LlmCallsRepo, ReportedVersionCount } from '../../core/llm/call-records'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'

/** Every call made or served from the cache; written through the run's batch, read after it commits. */
export function createLlmCallsRepo(db: Db, options: { now?: () => Date; batch?: WriteBatch } = {}): LlmCallsRepo {
  const now = options.now ?? (() => new Date())
  const batch = options.batch ?? immediateWrites
  const insert = db.prepare(
    `INSERT INTO llm_calls (at, model_id, run_id, cached, input_tokens, output_tokens, cost_usd, latency_ms, error_class, reported_model, system_fingerprint)
     VALUES (@at, @modelId, @runId, @cached, @inputTokens, @outputTokens, @costUsd, @latencyMs, @errorClass, @reportedModel, @fingerprint)`,
  )
  const sum = db.prepare(
    `SELECT
       COALESCE(SUM(cached = 0 AND error_class IS NULL), 0) AS sent,
       COALESCE(SUM(cached = 1), 0) AS cached,
       COALESCE(SUM(error_class IS NOT NULL), 0) AS failed,
       COALESCE(SUM(input_tokens), 0) AS inputTokens,
       COALESCE(SUM(output_tokens), 0) AS outputTokens,
       COALESCE(SUM(cost_usd), 0) AS costUsd
     FROM llm_calls WHERE (@runId IS NULL OR run_id = @runId) AND (@modelId IS NULL OR model_id = @modelId)`,
  )
  const versionRows = db.prepare(
    `SELECT model_id AS modelId, reported_model AS reportedModel, system_fingerprint AS fingerprint, COUNT(*) AS calls
     FROM llm_calls WHERE run_id = ? AND error_class IS NULL
     GROUP BY model_id, reported_model, system_fingerprint ORDER BY model_id, MIN(id)`,
  )
  return {
    versions: (runId) => {
      batch.flush()
      return versionRows.all(runId) as ReportedVersionCount[]
    },
    record(entry) {
      const row = {
        at: now().toISOString(),
        modelId: entry.modelId,
        runId: entry.runId ?? null,
        cached: entry.cached ? 1 : 0,
        inputTokens: entry.inputTokens,
        outputTokens: entry.outputTokens,
        costUsd: entry.costUsd,
        latencyMs: entry.latencyMs,
        errorClass: entry.errorClass ?? null,
        reportedModel: entry.reported?.model ?? null,
        fingerprint: entry.reported?.fingerprint ?? null,
      }
      batch.add(() => insert.run(row))
    },
    totals: (filter = {}) => {
      batch.flush()
      return sum.get({ runId: filter.runId ?? null, modelId: filter.modelId ?? null }) as CallTotals
    },
  }
}
