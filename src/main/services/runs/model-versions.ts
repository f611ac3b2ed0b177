import { reportedVersionChanged } from '../../../shared/model-versions'
import type { ModelVersions } from '../../../shared/contract/results'
import type { RunSpec } from '../../../shared/contract/run-spec'
import type { ReportedVersionCount } from '../../core/llm/call-records'

/**
 * Per model of a run's spec, the versions its provider reported. Inline models are called as
 * `run:<runId>:<alias>` (services/models/spec-models.ts); saved ones by their id.
 */
export function modelVersionsOf(runId: string, spec: RunSpec, rows: readonly ReportedVersionCount[]): ModelVersions[] {
  return Object.entries(spec.models).map(([alias, model]) => {
    const modelId = 'modelId' in model ? model.modelId : `run:${runId}:${alias}`
    const versions = rows.filter((row) => row.modelId === modelId).map((row) => ({ model: row.reportedModel, fingerprint: row.fingerprint, calls: row.calls }))
    return { alias, versions, changed: reportedVersionChanged(versions) }
  })
}

/** One line per model whose reported version changed, for warnings and the command line. */
export function versionChangeWarnings(versions: readonly ModelVersions[]): string[] {
  return versions
    .filter((entry) => entry.changed)
    .map(
      (entry) =>
        `The provider of "${entry.alias}" reported different model versions during the run: ${entry.versions
          .filter((version) => version.model !== null)
          .map((version) => `${version.model} (${version.calls} calls)`)
          .join(', ')}. Its answers may not all come from the same model.`,
    )
}

/** An imported run's versions, as its package recorded them (undefined for a run made here). */
export function importedVersions(run: { readonly manifest: Readonly<Record<string, unknown>> }): ModelVersions[] | undefined {
  const imported = run.manifest.imported as { modelVersions?: { alias: string; versions: ModelVersions['versions'] }[] } | undefined
  if (imported === undefined) return undefined
  return (imported.modelVersions ?? []).map((entry) => ({ ...entry, changed: reportedVersionChanged(entry.versions) }))
}
