import type { RunStatus } from '../../../shared/contract/runs'
import { runSpecSchema, type RunSpec } from '../../../shared/contract/run-spec'
import type { RunRow, RunsRepo } from '../../core/runs/ports'
import type { Db } from '../database'

import { newId } from './ids'

interface Raw {
  id: string
  kind: 'rse'
  name: string
  spec_json: string
  spec_hash: string
  manifest_json: string
  /** Never 'completed_with_warnings': see migration 0007. */
  status: Exclude<RunStatus, 'completed_with_warnings'>
  error: string | null
  warnings_json: string
  created_at: string
  started_at: string | null
  finished_at: string | null
  status_seq: number
}

function fromRaw(raw: Raw): RunRow {
  const warnings = JSON.parse(raw.warnings_json) as string[]
  return {
    id: raw.id,
    kind: raw.kind,
    name: raw.name,
    status: raw.status === 'completed' && warnings.length > 0 ? 'completed_with_warnings' : raw.status,
    ...(raw.error ? { error: raw.error } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    createdAt: raw.created_at,
    ...(raw.started_at ? { startedAt: raw.started_at } : {}),
    ...(raw.finished_at ? { finishedAt: raw.finished_at } : {}),
    statusSeq: raw.status_seq,
    ...rejudgeOf(raw.manifest_json),
    spec: runSpecSchema.parse(JSON.parse(raw.spec_json)),
    specHash: raw.spec_hash,
    manifest: JSON.parse(raw.manifest_json) as Record<string, unknown>,
  }
}

/** A re-judge run names the run whose answers it judges in its manifest (issue 13 item 3); its summary says so. */
function rejudgeOf(manifestJson: string): { rejudgeOf?: string } {
  const link = (JSON.parse(manifestJson) as { rejudgeOf?: unknown }).rejudgeOf
  return typeof link === 'string' ? { rejudgeOf: link } : {}
}

const TERMINAL: readonly RunStatus[] = ['completed', 'completed_with_warnings', 'cancelled', 'failed']

export function createRunsRepo(db: Db, now: () => Date = () => new Date()): RunsRepo {
  const selectAll = db.prepare('SELECT * FROM runs ORDER BY created_at DESC, id')
  const selectOne = db.prepare('SELECT * FROM runs WHERE id = ?')
  const selectBySpec = db.prepare('SELECT * FROM runs WHERE spec_hash = ? ORDER BY created_at DESC LIMIT 1')
  const insertRow = db.prepare(
    `INSERT INTO runs (id, kind, name, spec_json, spec_hash, manifest_json, status, created_at) VALUES (@id, @kind, @name, @spec, @hash, @manifest, 'pending', @at)`,
  )
  const setStatus = db.prepare(
    `UPDATE runs SET status = @status, error = @error, warnings_json = @warnings, status_seq = status_seq + 1,
       started_at = CASE WHEN @status = 'running' AND started_at IS NULL THEN @at ELSE started_at END,
       finished_at = CASE WHEN @terminal THEN @at ELSE NULL END
     WHERE id = @id`,
  )
  const setManifest = db.prepare('UPDATE runs SET manifest_json = ? WHERE id = ?')
  const setSpec = db.prepare('UPDATE runs SET spec_json = ? WHERE id = ?')
  const interruptRunning = db.prepare("UPDATE runs SET status = 'interrupted', status_seq = status_seq + 1 WHERE status IN ('running', 'pending')")
  const deleteRow = db.prepare('DELETE FROM runs WHERE id = ?')
  const get = (id: string) => {
    const raw = selectOne.get(id) as Raw | undefined
    return raw && fromRaw(raw)
  }
  return {
    list: () => (selectAll.all() as Raw[]).map(fromRaw),
    get,
    latestForSpec: (hash: string) => {
      const raw = selectBySpec.get(hash) as Raw | undefined
      return raw && fromRaw(raw)
    },
    insert(spec: RunSpec, hash: string, name: string): RunRow {
      const id = newId('run')
      insertRow.run({ id, kind: spec.kind, name, spec: JSON.stringify(spec), hash, manifest: '{}', at: now().toISOString() })
      return get(id)!
    },
    /** `warnings` say why a finished run is not clean; any other status change clears them. */
    setStatus(id: string, status: RunStatus, error?: string, warnings: readonly string[] = []): RunRow {
      const stored = status === 'completed_with_warnings' ? 'completed' : status
      if (status === 'completed_with_warnings' && warnings.length === 0) throw new Error('A run completed with warnings needs at least one warning')
      setStatus.run({
        id,
        status: stored,
        error: error ?? null,
        warnings: JSON.stringify(warnings),
        terminal: TERMINAL.includes(status) ? 1 : 0,
        at: now().toISOString(),
      })
      return get(id)!
    },
    setManifest: (id: string, manifest: Record<string, unknown>) => void setManifest.run(JSON.stringify(manifest), id),
    /** Only for changes that do not alter what the run asks (its budget); the spec hash stays. */
    setSpec: (id: string, spec: RunSpec) => void setSpec.run(JSON.stringify(spec), id),
    /** At start-up: a run that was going when the app stopped can be resumed, not trusted. */
    markInterrupted: () => interruptRunning.run().changes,
    delete: (id: string) => void deleteRow.run(id),
  }
}
