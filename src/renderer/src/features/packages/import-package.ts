import { ApiError, type ApiClient } from '../../lib/api'
import { fileToBase64 } from '../../lib/save-file'

/**
 * The import refused because files changed after export: the only refusal the person can
 * overrule (the run is then marked "modified after export"), so the dialog asks instead of failing.
 */
export function isModifiedPackage(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict'
}

/** Sends a package file; `acceptModified` only once the person has confirmed. */
export async function requestImport(api: ApiClient, file: File, options: { readonly acceptModified?: boolean } = {}): Promise<{ readonly runId: string }> {
  const input = { fileName: file.name, base64: await fileToBase64(file) }
  return api.request('runs.importPackage', options.acceptModified ? { ...input, acceptModified: true } : input)
}
