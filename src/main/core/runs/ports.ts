import type { RunSpec } from '../../../shared/contract/run-spec'
import type { RunStatus, RunSummary } from '../../../shared/contract/runs'

/** A run as stored: its summary, the spec it runs and what it recorded about itself. */
export interface RunRow extends RunSummary {
  readonly spec: RunSpec
  readonly specHash: string
  readonly manifest: Record<string, unknown>
}

export function summaryOf(row: RunRow): RunSummary {
  const { spec: _spec, specHash: _hash, manifest: _manifest, ...summary } = row
  return summary
}

/** Where runs are kept; storage implements it. */
export interface RunsRepo {
  /** Newest first. */
  list(): RunRow[]
  get(id: string): RunRow | undefined
  /** The newest run of a spec (by its hash), for the command line's resume. */
  latestForSpec(hash: string): RunRow | undefined
  insert(spec: RunSpec, hash: string, name: string): RunRow
  /** `warnings` say why a finished run is not clean; any other status change clears them. */
  setStatus(id: string, status: RunStatus, error?: string, warnings?: readonly string[]): RunRow
  setManifest(id: string, manifest: Record<string, unknown>): void
  /** Only for changes that do not alter what the run asks (its budget); the spec hash stays. */
  setSpec(id: string, spec: RunSpec): void
  /** At start-up: a run that was going when the app stopped can be resumed, not trusted. */
  markInterrupted(): number
  delete(id: string): void
}
